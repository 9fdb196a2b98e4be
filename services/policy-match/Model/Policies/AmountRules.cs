using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Policies;

public static class AmountRules
{
    public static IEnumerable<(string Field, string Message)> Problems(AmountRule? rule)
    {
        switch (rule)
        {
            case null:
                yield return ("amountRule", "须有金额规则 (an amount rule is required)");
                break;
            case FixedAmount { Amount: <= 0 }:
                yield return ("amountRule.amount", "固定金额须为正数 (a fixed amount must be positive)");
                break;
            case PercentageAmount percentage:
                if (!IsNumberField(percentage.Field)) yield return ("amountRule.field", $"'{percentage.Field}' is not a numeric profile field.");
                if (percentage.Percent is <= 0 or > 100) yield return ("amountRule.percent", "比例须大于 0 且不超过 100 (the percentage must be above 0 and at most 100)");
                if (percentage.Cap <= 0) yield return ("amountRule.cap", "上限须为正数 (the cap must be positive)");
                break;
            case TieredAmount tiered:
                if (!IsNumberField(tiered.Field)) yield return ("amountRule.field", $"'{tiered.Field}' is not a numeric profile field.");
                if (tiered.Tiers is null || tiered.Tiers.Count == 0)
                {
                    yield return ("amountRule.tiers", "至少需要一个档次 (at least one tier is required)");
                }
                else
                {
                    if (tiered.Tiers.Any(t => t.Amount <= 0 || t.Threshold < 0)) yield return ("amountRule.tiers", "各档金额须为正数，门槛不能为负 (tier amounts must be positive and thresholds not negative)");
                    for (var i = 1; i < tiered.Tiers.Count; i++)
                    {
                        if (tiered.Tiers[i].Threshold <= tiered.Tiers[i - 1].Threshold || tiered.Tiers[i].Amount < tiered.Tiers[i - 1].Amount)
                        {
                            yield return ("amountRule.tiers", "档次须递增：门槛递增，金额不减 (tiers must rise: increasing thresholds with non-decreasing amounts)");
                            break;
                        }
                    }
                }
                break;
        }
    }

    /// <summary>
    /// What the firm receives in yuan (rounded to the fen), or null when the figure the rule needs is unknown.
    /// Below the first tier the amount is zero.
    /// </summary>
    public static decimal? Compute(AmountRule rule, Facts facts) =>
        Compute(rule, FieldOf(rule) is { } field && facts.TryGet(field, out var value) && value is decimal number ? number : null);

    /// <summary>The amount given the figure the rule reads (<see cref="FieldOf"/>; null when unknown).</summary>
    public static decimal? Compute(AmountRule rule, decimal? figure)
    {
        switch (rule)
        {
            case FixedAmount f:
                return f.Amount;
            case PercentageAmount p:
                return figure is { } basis ? Math.Min(p.Cap, Math.Round(basis * p.Percent / 100m, 2, MidpointRounding.AwayFromZero)) : null;
            case TieredAmount t:
                if (figure is not { } value)
                {
                    return null;
                }
                // The highest amount among the tiers reached; nothing below the first.
                decimal? reached = null;
                foreach (var tier in t.Tiers)
                {
                    if (value >= tier.Threshold && (reached is null || tier.Amount > reached))
                    {
                        reached = tier.Amount;
                    }
                }
                return reached ?? 0m;
            default:
                return null;
        }
    }

    /// <summary>The profile figure the rule reads, or null for a fixed amount.</summary>
    public static string? FieldOf(AmountRule rule) => rule switch
    {
        PercentageAmount p => p.Field,
        TieredAmount t => t.Field,
        _ => null,
    };

    /// <summary>The most any firm can receive under the rule (the fixed amount, the cap, the top tier).</summary>
    public static decimal Maximum(AmountRule rule) => rule switch
    {
        FixedAmount f => f.Amount,
        PercentageAmount p => p.Cap,
        TieredAmount t => t.Tiers.Count == 0 ? 0 : t.Tiers.Max(x => x.Amount),
        _ => 0,
    };

    private static bool IsNumberField(string? key) =>
        key is not null && ProfileFields.Find(key) is { Kind: ProfileFieldKind.Number };
}
