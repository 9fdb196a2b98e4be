using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.PolicyMatch.Infrastructure.Consultant;

namespace Qingmeng.PolicyMatch.Application.Consultant;

/// <summary>The consultant's answer: grounded text with its citations, or a referral to a person.</summary>
public sealed record ConsultAnswer(
    Guid QuestionId,
    bool Answered,
    string Answer,
    string Mode,
    IReadOnlyList<ConsultCitation> Citations,
    IReadOnlyList<ConsultMatch> Matches,
    ConsultReferral? Referral,
    IReadOnlyList<HomophoneCorrection> Corrections,
    bool InstructionsIgnored,
    IReadOnlyList<PolicyEligibilityView>? Eligibility,
    string Decision,
    IReadOnlyList<OwnItemView>? OwnItems = null);

/// <summary>A passage the answer relies on: which policy, version, clause and dates.</summary>
public sealed record ConsultCitation(
    string Marker,
    string PolicyCode,
    int Version,
    string Title,
    string DocumentNumber,
    string IssuingBody,
    int ClauseNumber,
    string Clause,
    string Heading,
    string Text,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo)
{
    public static ConsultCitation From(int number, PolicyPassage p) => new(
        $"[P{number}]", p.PolicyCode, p.Version, p.Title, p.DocumentNumber, p.IssuingBody, p.ClauseNumber, p.ClauseLabel,
        p.ClauseHeading, p.Text, p.EffectiveFrom, p.EffectiveTo);
}

/// <summary>One of the policies closest to the question (kept with the demand signal).</summary>
public sealed record ConsultMatch(string PolicyCode, int Version, string Title, double Score, double Coverage);
