using System.Text.Json.Serialization;

namespace Qingmeng.ServiceDefaults.Eligibility;

[JsonConverter(typeof(JsonStringEnumConverter<EligibilityOutcome>))]
public enum EligibilityOutcome
{
    Met,
    NotMet,
    /// <summary>A fact the rule needs is missing: neither eligible nor ineligible until it is supplied.</summary>
    Unknown,
}

/// <summary>
/// One condition as the applicant reads it: 研发投入占比 ≥ 3 % (actual 2.5 %) — not met, short by 0.5.
/// <see cref="Gap"/> is how far a numeric near miss is from the threshold, in the field's unit.
/// </summary>
public sealed record ConditionExplanation(
    string Field,
    string Label,
    string Operator,
    string Required,
    string? Actual,
    EligibilityOutcome Outcome,
    decimal? Gap)
{
    /// <summary>
    /// False for a condition that is met, or that is one alternative of an "any of" another alternative
    /// already satisfied: only blocking conditions keep the applicant from being eligible.
    /// </summary>
    public bool Blocking { get; init; }

    /// <summary>A one-line Chinese explanation, e.g. "研发投入占比 ≥ 3 %：实际 2.5 %，未满足（差 0.5 %）".</summary>
    public string Text => Outcome switch
    {
        EligibilityOutcome.Met => $"{Label} {Operator} {Required}：实际 {Actual}，满足",
        EligibilityOutcome.NotMet when Gap is { } gap => $"{Label} {Operator} {Required}：实际 {Actual}，未满足（差 {gap:0.####}）",
        EligibilityOutcome.NotMet => $"{Label} {Operator} {Required}：实际 {Actual ?? "无"}，未满足",
        _ => $"{Label} {Operator} {Required}：尚无该信息，请补充",
    };
}

/// <summary>The decision and every condition behind it, in rule order.</summary>
public sealed record EligibilityResult(EligibilityOutcome Outcome, IReadOnlyList<ConditionExplanation> Explanations)
{
    /// <summary>What stands in the way: conditions not met (with their gaps), alternatives already satisfied left out.</summary>
    public IEnumerable<ConditionExplanation> Unmet => Explanations.Where(e => e.Blocking && e.Outcome == EligibilityOutcome.NotMet);

    /// <summary>Facts to supply before a decision can be made.</summary>
    public IEnumerable<ConditionExplanation> Missing => Explanations.Where(e => e.Blocking && e.Outcome == EligibilityOutcome.Unknown);
}
