using System.Globalization;
using System.Text.Json;

namespace Qingmeng.PolicyMatch.Consultant.Tests;

/// <summary>A question of the issue 18 evaluation set: who asks, what kind, and every acceptable answer (none when out of scope).</summary>
public sealed record EvaluationQuestion(string Id, string Voice, string Kind, string Question, string[] Expected)
{
    public bool Answerable => Expected.Length > 0;
}

/// <summary>How the consultant did on one question.</summary>
public sealed record EvaluationOutcome(EvaluationQuestion Question, bool Answered, bool Recalled, bool Correct, bool Wrong, double Milliseconds);

/// <summary>The two parts of the evaluation set, and how a plan is scored against a question.</summary>
public static class EvaluationSet
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static List<EvaluationQuestion> Part(string name) =>
        JsonSerializer.Deserialize<List<EvaluationQuestion>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", $"questions.{name}.zh.json")), Json)!;

    private sealed record FirstSetCase(string Question, string Expected);

    /// <summary>The first evaluation set (101 questions, one expected policy or none each), as tuning questions.</summary>
    public static List<EvaluationQuestion> FirstSet() =>
        [.. JsonSerializer.Deserialize<List<FirstSetCase>>(
                File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "consultant-eval.zh.json")), Json)!
            .Select((c, i) => new EvaluationQuestion($"F{i + 1:000}", "firm-owner", c.Expected == "none" ? "out-of-scope" : "first-set",
                c.Question, c.Expected == "none" ? [] : [c.Expected]))];

    /// <summary>
    /// Recalled: an expected answer is among the top 3 matches. Correct: an answer whose first citation is expected, or
    /// candidates of which one is expected, or a referral of an out-of-scope question. Wrong: answered, and not correct.
    /// </summary>
    public static EvaluationOutcome Score(EvaluationQuestion question, ConsultPlan plan, double milliseconds)
    {
        var expected = question.Expected.ToHashSet(StringComparer.Ordinal);
        var answered = plan.Refusal is null && plan.Passages.Count > 0;
        var recalled = plan.Matches.Take(3).Any(m => expected.Contains(m.PolicyCode));
        var right = answered && (plan.Decision == ConsultDecision.Candidates
            ? plan.Passages.Any(p => expected.Contains(p.PolicyCode))
            : expected.Contains(plan.Passages[0].PolicyCode));
        return new EvaluationOutcome(question, answered, recalled,
            Correct: question.Answerable ? right : !answered,
            Wrong: answered && !right,
            milliseconds);
    }

    public static EvaluationFigures Figures(IReadOnlyList<EvaluationOutcome> outcomes)
    {
        var answerable = outcomes.Where(o => o.Question.Answerable).ToList();
        var outOfScope = outcomes.Where(o => !o.Question.Answerable).ToList();
        var latencies = outcomes.Select(o => o.Milliseconds).Order().ToList();
        static double Rate(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;
        return new EvaluationFigures(
            Rate(answerable.Count(o => o.Recalled), answerable.Count),
            Rate(outcomes.Count(o => o.Correct), outcomes.Count),
            Rate(outcomes.Count(o => o.Wrong), outcomes.Count),
            Rate(answerable.Count(o => !o.Answered), answerable.Count),
            Rate(outOfScope.Count(o => o.Answered), outOfScope.Count),
            latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(0.95 * latencies.Count) - 1)]);
    }
}

/// <summary>The issue 18 figures of a set of outcomes.</summary>
public sealed record EvaluationFigures(double Recall3, double Correct, double Wrong, double AnswerableReferred, double OutOfScopeAnswered, double P95Milliseconds)
{
    public override string ToString()
    {
        static string Rate(double value) => double.IsNaN(value) ? "  n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"recall@3 {Rate(Recall3)}  correct {Rate(Correct)}  wrong {Rate(Wrong)}  answerable referred {Rate(AnswerableReferred)}"
            + $"  out-of-scope answered {Rate(OutOfScopeAnswered)}  p95 {P95Milliseconds:0.0} ms");
    }
}
