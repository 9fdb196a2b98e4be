namespace Qingmeng.PolicyMatch.Consultant;

/// <summary>What the consultant does with a question once it has its candidates.</summary>
public enum ConsultDecision
{
    /// <summary>One policy or guide answers it: the answer cites it.</summary>
    Answer,
    /// <summary>Two or three are about as close: "您可能想了解…" with each of them cited.</summary>
    Candidates,
    /// <summary>Something is close but the evidence is weak: a person should answer.</summary>
    Refer,
    /// <summary>Nothing in force covers the question: no zone policy or platform service is about it.</summary>
    OutOfScope,
}

/// <summary>What the gate reads about the best candidates (policies or guides), best first.</summary>
/// <param name="Coverage">Share of the question's topic each candidate covers over all its passages.</param>
/// <param name="Relevance">Each candidate's ranking score relative to the best (1 for the best).</param>
/// <param name="Elsewhere">The question is located in a place the zone's texts never name (在北京…, 深圳的…).</param>
public sealed record GateFeatures(IReadOnlyList<double> Coverage, IReadOnlyList<double> Relevance, bool Elsewhere = false)
{
    public static readonly GateFeatures None = new([], []);

    /// <summary>How far the best is ahead of the next one (1 when there is no next one).</summary>
    public double Margin => Relevance.Count < 2 ? 1 : 1 - Relevance[1];
}

/// <summary>
/// The calibrated answer gate: thresholds over coverage and the margin to the next candidate. The defaults are the
/// output of the calibration routine over the tuning questions (the tuning part of the evaluation set and the first
/// evaluation set; AnswerGateCalibrationTests: correct 0.710, wrong 0.015, out-of-scope answered 0.026 over the 262);
/// they can be overridden in configuration (<c>Consultant:Gate</c>).
/// </summary>
public sealed class AnswerGateOptions
{
    /// <summary>Below this coverage the best candidate is not about the question: out of scope.</summary>
    public double OutOfScopeBelow { get; set; } = 0.40;

    /// <summary>Coverage the best candidate needs to be the answer on its own.</summary>
    public double AnswerCoverage { get; set; } = 0.75;

    /// <summary>How far ahead of the next candidate the best must be to be the answer on its own.</summary>
    public double AnswerMargin { get; set; } = 0.25;

    /// <summary>Coverage each offered candidate needs ("您可能想了解…").</summary>
    public double CandidateCoverage { get; set; } = 0.30;

    /// <summary>A candidate is offered beside the best when its relevance is at least this share of the best's.</summary>
    public double CandidateRelevance { get; set; } = 0.70;

    /// <summary>The decision and, for <see cref="ConsultDecision.Candidates"/>, how many candidates to offer.</summary>
    public (ConsultDecision Decision, int Offered) Decide(GateFeatures features)
    {
        if (features.Elsewhere || features.Coverage.Count == 0 || features.Coverage[0] < OutOfScopeBelow)
        {
            return (ConsultDecision.OutOfScope, 0);
        }
        if (features.Coverage[0] >= AnswerCoverage && features.Margin >= AnswerMargin)
        {
            return (ConsultDecision.Answer, 1);
        }
        var close = 0;
        for (var i = 0; i < Math.Min(3, features.Coverage.Count); i++)
        {
            if (features.Relevance[i] >= CandidateRelevance && features.Coverage[i] >= CandidateCoverage)
            {
                close++;
            }
        }
        if (close >= 2 && features.Coverage[0] >= CandidateCoverage)
        {
            return (ConsultDecision.Candidates, close);
        }
        return features.Coverage[0] >= AnswerCoverage && close <= 1
            ? (ConsultDecision.Answer, 1)
            : (ConsultDecision.Refer, 0);
    }
}
