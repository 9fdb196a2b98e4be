using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace Qingmeng.PolicyMatch.Consultant.Tests;

/// <summary>
/// The acceptance evaluation: colloquial questions with typos and synonyms, some about policies the zone does
/// not have, each with the policy expected (or "none"). Recall@3 over the answerable questions and the share of
/// correct answer-or-refer decisions over all of them must reach 0.85 and 0.9.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private sealed record Case(string Question, string Expected);

    [Fact]
    public void The_evaluation_set_reaches_the_recall_and_refusal_targets()
    {
        var cases = JsonSerializer.Deserialize<List<Case>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "consultant-eval.zh.json")),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        Assert.True(cases.Count >= 60, "The evaluation set needs at least 60 questions.");
        var codes = Consultants.CatalogueDocuments.Select(d => d.PolicyCode).ToHashSet(StringComparer.Ordinal);
        Assert.All(cases, c => Assert.True(c.Expected == "none" || codes.Contains(c.Expected), $"{c.Expected} is not in the catalogue"));

        var consultant = Consultants.Create(Consultants.SharedIndex);
        int answerable = 0, recalled = 0, decisionsRight = 0;
        foreach (var c in cases)
        {
            var plan = consultant.Plan(c.Question);
            var top3 = plan.Matches.Select(m => m.PolicyCode).ToList();
            var answered = plan.Refusal is null;
            var shouldAnswer = c.Expected != "none";
            if (shouldAnswer)
            {
                answerable++;
                if (top3.Contains(c.Expected))
                {
                    recalled++;
                }
                else
                {
                    output.WriteLine($"MISS    {c.Question} → expected {c.Expected}, got {string.Join(",", top3)}");
                }
            }
            if (!shouldAnswer)
            {
                output.WriteLine($"NONE    {c.Question} top {plan.Matches.FirstOrDefault()?.PolicyCode} coverage {plan.Matches.FirstOrDefault()?.Coverage}");
            }
            if (answered == shouldAnswer)
            {
                decisionsRight++;
            }
            else
            {
                var top = plan.Matches.FirstOrDefault();
                output.WriteLine($"{(answered ? "ANSWER " : "REFUSE ")} {c.Question} (expected {c.Expected}; top {top?.PolicyCode} coverage {top?.Coverage})");
            }
        }

        var recall = (double)recalled / answerable;
        var refusalAccuracy = (double)decisionsRight / cases.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Consultant evaluation: {cases.Count} questions ({answerable} answerable, {cases.Count - answerable} without a policy); recall@3 = {recall:0.000}; refusal accuracy = {refusalAccuracy:0.000}"));
        Assert.True(recall >= 0.85, $"recall@3 {recall:0.000} is below 0.85");
        Assert.True(refusalAccuracy >= 0.9, $"refusal accuracy {refusalAccuracy:0.000} is below 0.9");
    }
}
