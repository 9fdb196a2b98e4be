using Qingmeng.PolicyMatch.Model.Consultant;

namespace Qingmeng.PolicyMatch.Operations;

/// <summary>
/// The calibrated answer gate: thresholds over coverage, the margin to the next candidate, the evidence (the best
/// passage's absolute score) and how close an out-of-scope topic comes. The defaults are the output of the calibration
/// routine over the tuning questions (the tuning part of the evaluation set and the first evaluation set;
/// AnswerGateCalibrationTests, with at most 4 % wrong and 2.5 % of out-of-scope questions answered): correct 0.972, wrong
/// 0.007, out-of-scope answered 0.017 (one of 59) over the 287 (before similar questions and out-of-scope topics were indexed: 0.844);
/// they can be overridden in configuration (<c>Consultant:Gate</c>).
/// </summary>
public sealed class AnswerGateOptions
{
    /// <summary>Below this coverage the best candidate is not about the question: out of scope.</summary>
    public double OutOfScopeBelow { get; set; } = 0.20;

    /// <summary>Coverage the best candidate needs to be the answer on its own.</summary>
    public double AnswerCoverage { get; set; } = 0.50;

    /// <summary>How far ahead of the next candidate the best must be to be the answer on its own.</summary>
    public double AnswerMargin { get; set; } = 0.25;

    /// <summary>
    /// Evidence (the best passage's absolute BM25 score) at which the best candidate may be the answer on its own with
    /// less coverage than <see cref="AnswerCoverage"/> (but at least <see cref="OutOfScopeBelow"/>), when it is as far ahead
    /// of the next as <see cref="AnswerMargin"/> asks: a colloquial question that uses many of one policy's rare words.
    /// </summary>
    public double StrongEvidence { get; set; } = 10.0;

    /// <summary>Coverage each offered candidate needs ("您可能想了解…").</summary>
    public double CandidateCoverage { get; set; } = 0.30;

    /// <summary>A candidate is offered beside the best when its relevance is at least this share of the best's.</summary>
    public double CandidateRelevance { get; set; } = 0.50;

    /// <summary>
    /// How close an out-of-scope topic must come to the best policy or guide (its ranking score relative to theirs) for the
    /// question to be another authority's: below 1 a topic just behind the best is enough; infinity never.
    /// </summary>
    public double HandledElsewhereAt { get; set; } = 0.80;

    /// <summary>Whether an out-of-scope topic comes close enough to make the question another authority's.</summary>
    public bool IsHandledElsewhere(GateFeatures features) => features.HandledElsewhere >= HandledElsewhereAt;

    /// <summary>The decision and, for <see cref="ConsultDecision.Candidates"/>, how many candidates to offer.</summary>
    public (ConsultDecision Decision, int Offered) Decide(GateFeatures features)
    {
        if (features.Elsewhere || features.Coverage.Count == 0 || features.Coverage[0] < OutOfScopeBelow
            || IsHandledElsewhere(features))
        {
            return (ConsultDecision.OutOfScope, 0);
        }
        if ((features.Coverage[0] >= AnswerCoverage || features.Evidence >= StrongEvidence) && features.Margin >= AnswerMargin)
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
