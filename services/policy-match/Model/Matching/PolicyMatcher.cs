using System.Globalization;
using System.Text.Json;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Matching;

/// <summary>A firm against one policy version: the verdict, every condition explained, the amount and whether it is a near miss.</summary>
public sealed record MatchResult(
    EligibilityOutcome Outcome,
    IReadOnlyList<ConditionExplanation> Explanations,
    decimal? Amount,
    bool WindowOpen,
    bool NearMiss)
{
    public IEnumerable<ConditionExplanation> Unmet => Explanations.Where(e => e.Blocking && e.Outcome == EligibilityOutcome.NotMet);

    public IEnumerable<ConditionExplanation> Missing => Explanations.Where(e => e.Blocking && e.Outcome == EligibilityOutcome.Unknown);
}

/// <summary>
/// Explainable matching (精准匹配): the policy's conditions on the shared eligibility engine, plus its
/// application window on the day, plus the amount its rule gives.
/// </summary>
public static class PolicyMatcher
{
    public const string WindowField = "applicationWindow";

    /// <summary>A near miss is one unmet numeric condition within this share of its threshold (培育库).</summary>
    public const decimal NearMissShare = 0.2m;

    public static MatchResult Match(PolicyVersion policy, Facts facts, DateOnly today) =>
        Match(policy.Conditions, policy.AmountRule, policy.ApplicationOpensOn, policy.ApplicationClosesOn, policy.IsInForceOn(today), facts, today);

    public static MatchResult Match(
        Condition conditions, AmountRule amountRule, DateOnly opensOn, DateOnly closesOn, bool inForce, Facts facts, DateOnly today)
    {
        var result = EligibilityEvaluator.Evaluate(conditions, facts, ProfileFields.Catalog);
        var windowOpen = IsWindowOpen(opensOn, closesOn, inForce, today);
        var window = Window(opensOn, closesOn, windowOpen, today);

        var explanations = new List<ConditionExplanation>(result.Explanations.Count + 1);
        explanations.AddRange(result.Explanations);
        explanations.Add(window);
        var outcome = windowOpen ? result.Outcome : EligibilityOutcome.NotMet;
        var amount = AmountRules.Compute(amountRule, facts);
        var nearMiss = windowOpen && result.Outcome == EligibilityOutcome.NotMet && IsNearMiss(conditions, result);
        return new MatchResult(outcome, explanations, amount, windowOpen, nearMiss);
    }

    public static bool IsWindowOpen(DateOnly opensOn, DateOnly closesOn, bool inForce, DateOnly today) =>
        inForce && opensOn <= today && today <= closesOn;

    /// <summary>The application window as one more explained condition.</summary>
    internal static ConditionExplanation Window(DateOnly opensOn, DateOnly closesOn, bool windowOpen, DateOnly today) => new(
        WindowField, "申报（兑现）期", "属于",
        $"{opensOn:yyyy-MM-dd} 至 {closesOn:yyyy-MM-dd}",
        today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        windowOpen ? EligibilityOutcome.Met : EligibilityOutcome.NotMet,
        windowOpen ? null : Math.Abs(today < opensOn ? opensOn.DayNumber - today.DayNumber : today.DayNumber - closesOn.DayNumber))
    {
        Blocking = !windowOpen,
    };

    private static bool IsNearMiss(Condition conditions, EligibilityResult result)
    {
        var unmet = result.Unmet.ToList();
        if (unmet.Count != 1 || result.Missing.Any() || unmet[0].Gap is not { } gap)
        {
            return false;
        }
        var threshold = Threshold(conditions, unmet[0].Field);
        return threshold > 0 && gap <= threshold * NearMissShare;
    }

    /// <summary>The largest threshold the conditions set on a field (0 when none): the yardstick of a near miss.</summary>
    internal static decimal Threshold(Condition conditions, string field) => Thresholds(conditions, field).DefaultIfEmpty(0m).Max();

    private static IEnumerable<decimal> Thresholds(Condition condition, string field) => condition switch
    {
        AllOf all => all.Conditions.SelectMany(c => Thresholds(c, field)),
        AnyOf any => any.Conditions.SelectMany(c => Thresholds(c, field)),
        Not not => Thresholds(not.Condition, field),
        Comparison c when c.Field == field && c.Value.ValueKind == JsonValueKind.Number => [Math.Abs(c.Value.GetDecimal())],
        _ => [],
    };
}
