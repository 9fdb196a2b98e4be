using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace Qingmeng.PolicyMatch.Consultant.Tests;

/// <summary>
/// Reports the consultant's figures on both parts of the issue 18 evaluation set. It asserts no target yet (the
/// retrieval is tuned later); it proves that the report covers every question of each part. The tuning part is
/// reported question by question; the sealed part only in aggregate, so that reading the report does not unseal it.
/// </summary>
public sealed class EvaluationReportTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record EvaluationQuestion(string Id, string Voice, string Kind, string Question, string[] Expected);

    private sealed record Outcome(EvaluationQuestion Question, bool Answered, bool Recalled, bool Correct, bool Wrong, double Milliseconds);

    [Theory]
    [InlineData("tuning", true)]
    [InlineData("sealed", false)]
    public void Each_part_is_reported_with_recall_correct_wrong_referred_and_latency(string part, bool perQuestion)
    {
        var questions = JsonSerializer.Deserialize<List<EvaluationQuestion>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", $"questions.{part}.zh.json")), Json)!;
        var consultant = Consultants.Create(Consultants.SharedIndex);
        _ = consultant.Plan("研发费用补助"); // warm-up: the first plan loads the segmenter's dictionaries

        var outcomes = new List<Outcome>(questions.Count);
        foreach (var question in questions)
        {
            var clock = Stopwatch.StartNew();
            var plan = consultant.Plan(question.Question);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            var top3 = plan.Matches.Take(3).Select(m => m.PolicyCode).ToList();
            var answered = plan.Refusal is null;
            var expected = question.Expected.ToHashSet(StringComparer.Ordinal);
            var answerable = expected.Count > 0;
            var recalled = top3.Exists(expected.Contains);
            var rightAnswer = answered && top3.Count > 0 && expected.Contains(top3[0]);
            outcomes.Add(new Outcome(question, answered, recalled,
                Correct: answerable ? rightAnswer : !answered,
                Wrong: answered && !rightAnswer,
                elapsed));
            if (perQuestion && !(answerable ? rightAnswer : !answered))
            {
                output.WriteLine($"{question.Id} {question.Kind,-12} {(answered ? "ANSWER" : "REFER ")} top {string.Join(",", top3)} ← expected {(answerable ? string.Join(",", question.Expected) : "none")}: {question.Question}");
            }
        }

        output.WriteLine(Figures($"{part} ({outcomes.Count})", outcomes));
        foreach (var group in outcomes.GroupBy(o => o.Question.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(Figures($"  kind {group.Key} ({group.Count()})", [.. group]));
        }
        foreach (var group in outcomes.GroupBy(o => o.Question.Voice).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(Figures($"  voice {group.Key} ({group.Count()})", [.. group]));
        }

        Assert.Equal(questions.Select(q => q.Id), outcomes.Select(o => o.Question.Id));
    }

    private static string Figures(string label, IReadOnlyList<Outcome> outcomes)
    {
        var answerable = outcomes.Where(o => o.Question.Expected.Length > 0).ToList();
        var outOfScope = outcomes.Where(o => o.Question.Expected.Length == 0).ToList();
        var latencies = outcomes.Select(o => o.Milliseconds).Order().ToList();
        var p95 = latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(0.95 * latencies.Count) - 1)];
        static string Rate(int part, int whole) => whole == 0 ? "  n/a" : ((double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{label,-32} recall@3 {Rate(answerable.Count(o => o.Recalled), answerable.Count)}"
            + $"  correct {Rate(outcomes.Count(o => o.Correct), outcomes.Count)}"
            + $"  wrong {Rate(outcomes.Count(o => o.Wrong), outcomes.Count)}"
            + $"  answerable referred {Rate(answerable.Count(o => !o.Answered), answerable.Count)}"
            + $"  out-of-scope answered {Rate(outOfScope.Count(o => o.Answered), outOfScope.Count)}"
            + $"  p95 {p95:0.0} ms");
    }
}
