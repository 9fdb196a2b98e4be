using System.Collections.Concurrent;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Matching;

/// <summary>
/// A policy version compiled once for matching many firms (<see cref="BulkMatcher"/>): its conditions as a
/// <see cref="CompiledCondition"/> over <see cref="ProfileFields.Schema"/>, its amount rule's figure resolved to a
/// slot, the near-miss yardstick of each comparison worked out in advance. <see cref="Evaluate"/> gives the
/// verdict, amount, near miss and counts plus the compact explanation (one outcome byte per comparison);
/// <see cref="Render"/> gives from these exactly what <see cref="PolicyMatcher.Match(PolicyVersion, Facts, DateOnly)"/> gives.
/// </summary>
public sealed class CompiledPolicy
{
    private readonly int _amountSlot;
    private readonly PolicyAmount _amount;
    /// <summary>Per comparison: the largest gap that is still a near miss, or null when the field sets no positive threshold.</summary>
    private readonly decimal?[] _nearMissLimits;
    private readonly int[] _slots;

    private CompiledPolicy(Condition conditions, AmountRule amountRule, DateOnly opensOn, DateOnly closesOn)
    {
        Conditions = CompiledCondition.Compile(conditions, ProfileFields.Schema, ProfileFields.Catalog);
        AmountRule = amountRule;
        OpensOn = opensOn;
        ClosesOn = closesOn;
        _amountSlot = AmountRules.FieldOf(amountRule) is { } field ? ProfileFields.Schema.SlotOf(field) : -1;
        _amount = new PolicyAmount(amountRule);
        _nearMissLimits = new decimal?[Conditions.ComparisonCount];
        for (var i = 0; i < _nearMissLimits.Length; i++)
        {
            var threshold = PolicyMatcher.Threshold(conditions, Conditions.FieldOf(i));
            _nearMissLimits[i] = threshold > 0 ? threshold * PolicyMatcher.NearMissShare : null;
        }
        _slots = [.. Conditions.Slots.ToArray().Append(_amountSlot).Where(s => s >= 0).Distinct().Order()];
    }

    public CompiledCondition Conditions { get; }

    public AmountRule AmountRule { get; }

    public DateOnly OpensOn { get; }

    public DateOnly ClosesOn { get; }

    /// <summary>Bytes of compact explanation per evaluation.</summary>
    public int ComparisonCount => Conditions.ComparisonCount;

    /// <summary>The profile slots the conditions and the amount rule read.</summary>
    public ReadOnlySpan<int> Slots => _slots;

    public static CompiledPolicy Compile(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Compile(version.Conditions, version.AmountRule, version.ApplicationOpensOn, version.ApplicationClosesOn);
    }

    public static CompiledPolicy Compile(Condition conditions, AmountRule amountRule, DateOnly opensOn, DateOnly closesOn) =>
        new(conditions, amountRule, opensOn, closesOn);

    public bool IsWindowOpen(bool inForce, DateOnly today) => PolicyMatcher.IsWindowOpen(OpensOn, ClosesOn, inForce, today);

    /// <summary>Evaluates a firm's row (loaded with <see cref="Slots"/>), writing the compact explanation into <paramref name="explanation"/>.</summary>
    public MatchSummary Evaluate(FactRow row, bool windowOpen, Span<byte> explanation)
    {
        var tally = Conditions.Evaluate(row, explanation);
        var amount = _amount.Compute(_amountSlot < 0 ? null : row.NumberOf(_amountSlot));
        var nearMiss = windowOpen && tally.Outcome == EligibilityOutcome.NotMet && tally.Unmet == 1 && tally.Missing == 0
            && IsNearMiss(tally.FirstUnmet, Conditions.GapOf(tally.FirstUnmet, row));
        return new MatchSummary(
            windowOpen ? tally.Outcome : EligibilityOutcome.NotMet, amount, nearMiss, tally.Unmet + (windowOpen ? 0 : 1), tally.Missing);
    }

    /// <summary>The full, explained result of an evaluation from its compact explanation and the row it ran on.</summary>
    public MatchResult Render(FactRow row, bool windowOpen, DateOnly today, ReadOnlySpan<byte> explanation)
    {
        var result = Conditions.Render(row, explanation);
        var explanations = new List<ConditionExplanation>(result.Explanations.Count + 1);
        explanations.AddRange(result.Explanations);
        explanations.Add(PolicyMatcher.Window(OpensOn, ClosesOn, windowOpen, today));
        var amount = _amount.Compute(_amountSlot < 0 ? null : row.NumberOf(_amountSlot));
        var nearMiss = false;
        if (windowOpen && result.Outcome == EligibilityOutcome.NotMet && !result.Missing.Any())
        {
            var unmet = Enumerable.Range(0, result.Explanations.Count)
                .Where(i => result.Explanations[i] is { Blocking: true, Outcome: EligibilityOutcome.NotMet }).Take(2).ToList();
            nearMiss = unmet.Count == 1 && IsNearMiss(unmet[0], result.Explanations[unmet[0]].Gap);
        }
        return new MatchResult(windowOpen ? result.Outcome : EligibilityOutcome.NotMet, explanations, amount, windowOpen, nearMiss);
    }

    private bool IsNearMiss(int comparison, decimal? gap) =>
        gap is { } g && _nearMissLimits[comparison] is { } limit && g <= limit;
}

/// <summary>
/// <see cref="AmountRules.Compute(AmountRule, decimal?)"/> with the rule taken apart in advance: the same amounts, to the
/// same decimal places, without the rule's type test, list enumeration or (for whole-yuan figures) a decimal division.
/// </summary>
internal sealed class PolicyAmount
{
    private readonly AmountRule _rule;
    private readonly decimal? _fixed;
    private readonly PercentageAmount? _percentage;
    private readonly decimal[] _thresholds = [];
    private readonly decimal[] _tierAmounts = [];

    public PolicyAmount(AmountRule rule)
    {
        _rule = rule;
        switch (rule)
        {
            case FixedAmount f:
                _fixed = f.Amount;
                break;
            case PercentageAmount p:
                _percentage = p;
                break;
            case TieredAmount t:
                _thresholds = [.. t.Tiers.Select(x => x.Threshold)];
                _tierAmounts = [.. t.Tiers.Select(x => x.Amount)];
                break;
        }
    }

    public decimal? Compute(decimal? figure)
    {
        if (_fixed is { } amount)
        {
            return amount;
        }
        if (_percentage is { } p)
        {
            return figure is { } basis ? Math.Min(p.Cap, Percent(basis * p.Percent)) : null;
        }
        if (_rule is TieredAmount)
        {
            if (figure is not { } value)
            {
                return null;
            }
            decimal? reached = null;
            for (var i = 0; i < _thresholds.Length; i++)
            {
                if (value >= _thresholds[i] && (reached is null || _tierAmounts[i] > reached))
                {
                    reached = _tierAmounts[i];
                }
            }
            return reached ?? 0m;
        }
        return AmountRules.Compute(_rule, figure);
    }

    /// <summary>
    /// Math.Round(product / 100, 2, away from zero) without a decimal division for a product of at most two decimal
    /// places: the quotient is exact, and decimal division gives it with the fewest places (from the product's own)
    /// that hold it; beyond two places it is rounded half away from zero to exactly two, as Math.Round does.
    /// </summary>
    private static decimal Percent(decimal product)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(product, bits);
        var mantissa = ((long)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[2] != 0 || bits[1] < 0 || mantissa == 0 || scale > 2)
        {
            return Math.Round(product / 100m, 2, MidpointRounding.AwayFromZero);
        }
        var (digits, places) = mantissa % 100 == 0 ? (mantissa / 100, scale) : mantissa % 10 == 0 ? (mantissa / 10, scale + 1) : (mantissa, scale + 2);
        if (places > 2)
        {
            var divisor = places == 3 ? 10L : 100L;
            var remainder = digits % divisor;
            digits = (digits / divisor) + (remainder * 2 >= divisor ? 1 : 0);
            places = 2;
        }
        return new decimal((int)digits, (int)(digits >> 32), 0, bits[3] < 0, (byte)places);
    }
}

/// <summary>
/// Compiled policies by version and row version: a published version never changes, and a draft's row version
/// changes whenever a revision is saved. Drafts are compiled afresh each time all the same.
/// </summary>
public sealed class CompiledPolicies
{
    private readonly ConcurrentDictionary<(Guid Id, uint RowVersion), CompiledPolicy> _byVersion = new();

    public CompiledPolicy For(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.Status == PolicyVersionStatus.Draft || version.Id == Guid.Empty
            ? CompiledPolicy.Compile(version)
            : _byVersion.GetOrAdd((version.Id, version.RowVersion), static (_, v) => CompiledPolicy.Compile(v), version);
    }
}
