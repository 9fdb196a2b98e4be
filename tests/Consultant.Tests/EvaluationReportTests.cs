using System.Diagnostics;
using Xunit.Abstractions;

namespace Qingmeng.PolicyMatch.Consultant.Tests;

/// <summary>
/// Reports the consultant's figures on both parts of the issue 18 evaluation set and asserts issue 18's targets on each:
/// recall@3 ≥ 0.95, correct ≥ 0.90, wrong ≤ 5 %, answerable referred ≤ 10 %, out-of-scope answered ≤ 5 % (latency is
/// the benchmark's to measure, not a unit test's). The tuning part is reported question by question; the sealed part
/// only in aggregate, so that reading the report does not unseal it.
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
        var figures = EvaluationSet.Figures(outcomes);
        Assert.True(figures.Recall3 >= 0.95, $"recall@3 {figures.Recall3:0.000} below 0.95");
        Assert.True(figures.Correct >= 0.90, $"correct {figures.Correct:0.000} below 0.90");
        Assert.True(figures.Wrong <= 0.05, $"wrong answers {figures.Wrong:0.000} above 0.05");
        Assert.True(figures.AnswerableReferred <= 0.10, $"answerable referred {figures.AnswerableReferred:0.000} above 0.10");
        Assert.True(figures.OutOfScopeAnswered <= 0.05, $"out-of-scope answered {figures.OutOfScopeAnswered:0.000} above 0.05");
    }

    /// <summary>
    /// The model mode over the same questions: a scripted model that cites every passage it is given for even-numbered
    /// questions and invents a policy for odd-numbered ones. Every answer keeps the extractive decision and citations
    /// where the model is grounded, and falls back to the built-in answer (same citations) where it is not.
    /// </summary>
    [Theory]
    [InlineData("tuning")]
    [InlineData("sealed")]
    public async Task A_scripted_model_gets_the_same_decisions_and_first_citations_as_the_built_in_answer(string part)
    {
        var questions = EvaluationSet.Part(part);
        var asked = 0;
        var model = new ScriptedChatClient(prompt =>
        {
            var passages = GroundedPrompt.Parse(prompt).Passages;
            return asked++ % 2 == 0
                ? string.Concat(passages.Select(p => $"见{p.Clause}{p.Marker}。"))
                : "可以申请，见QM-NY-001《养殖业扶持办法》[P1]。";
        });
        var modelConsultant = Consultants.Create(Consultants.SharedIndex, model,
            new ConsultantOptions { Mode = ConsultantMode.Model, Endpoint = new Uri("http://127.0.0.1:9/v1"), Model = "scripted" });
        var builtIn = Consultants.Create(Consultants.SharedIndex);

        var modes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var expected = await builtIn.AnswerAsync(builtIn.Plan(question.Question), Guid.NewGuid(), CancellationToken.None);
            var answer = await modelConsultant.AnswerAsync(modelConsultant.Plan(question.Question), Guid.NewGuid(), CancellationToken.None);

            Assert.Equal(expected.Answered, answer.Answered);
            Assert.Equal(expected.Decision, answer.Decision);
            Assert.Equal(expected.Citations.FirstOrDefault()?.PolicyCode, answer.Citations.FirstOrDefault()?.PolicyCode);
            Assert.DoesNotContain("QM-NY-001", answer.Answer, StringComparison.Ordinal);
            modes[answer.Mode] = modes.GetValueOrDefault(answer.Mode) + 1;
        }
        output.WriteLine($"{part}: {string.Join(", ", modes.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key} {m.Value}"))}");
        Assert.True(modes.GetValueOrDefault("model") > 0 && modes.GetValueOrDefault("extractive-fallback") > 0);
    }
}
