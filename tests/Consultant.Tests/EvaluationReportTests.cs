using System.Diagnostics;
using Xunit.Abstractions;

namespace Qingmeng.PolicyMatch.Consultant.Tests;

/// <summary>
/// Reports the consultant's figures on both parts of the issue 18 evaluation set. It asserts no target yet (the
/// retrieval is tuned later); it proves that the report covers every question of each part. The tuning part is
/// reported question by question; the sealed part only in aggregate, so that reading the report does not unseal it.
/// </summary>
public sealed class EvaluationReportTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("tuning", true)]
    [InlineData("sealed", false)]
    public void Each_part_is_reported_with_recall_correct_wrong_referred_and_latency(string part, bool perQuestion)
    {
        var questions = EvaluationSet.Part(part);
        var consultant = Consultants.Create(Consultants.SharedIndex);
        _ = consultant.Plan("研发费用补助"); // warm-up: the first plan loads the segmenter's dictionaries

        var outcomes = new List<EvaluationOutcome>(questions.Count);
        foreach (var question in questions)
        {
            var clock = Stopwatch.StartNew();
            var plan = consultant.Plan(question.Question);
            var outcome = EvaluationSet.Score(question, plan, clock.Elapsed.TotalMilliseconds);
            outcomes.Add(outcome);
            if (perQuestion && !outcome.Correct)
            {
                output.WriteLine($"{question.Id} {question.Kind,-12} {(outcome.Answered ? plan.Decision.ToString().ToUpperInvariant() : "REFER"),-10} cited {string.Join(",", plan.Passages.Select(p => p.PolicyCode).Distinct())} top {string.Join(",", plan.Matches.Select(m => $"{m.PolicyCode}({m.Coverage:0.00})"))} ← expected {(question.Answerable ? string.Join(",", question.Expected) : "none")}: {question.Question}");
            }
        }

        output.WriteLine($"{part + " (" + outcomes.Count + ")",-32} {EvaluationSet.Figures(outcomes)}");
        foreach (var group in outcomes.GroupBy(o => o.Question.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{"  kind " + group.Key + " (" + group.Count() + ")",-32} {EvaluationSet.Figures([.. group])}");
        }
        foreach (var group in outcomes.GroupBy(o => o.Question.Voice).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{"  voice " + group.Key + " (" + group.Count() + ")",-32} {EvaluationSet.Figures([.. group])}");
        }

        Assert.Equal(questions.Select(q => q.Id), outcomes.Select(o => o.Question.Id));
    }
}
