using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Finance.Model;

/// <summary>
/// Matchmaking (银企精准对接): every active product's own rules plus its amount and term range, evaluated by the
/// platform's explainable evaluator, then ranked — eligible by what the firm really pays, then the unknowns
/// (fewest missing facts first), then near misses (fewest unmet rules, smallest relative gap first).
/// </summary>
public static class Matchmaker
{
    /// <summary>The product's range as comparisons, so an amount over the maximum is explained with its gap like any rule.</summary>
    public static Condition RulesOf(LoanProduct product) => new AllOf(
    [
        Comparison.Of(FinanceFields.RequestedAmount, ComparisonOperator.GreaterThanOrEqual, product.MinAmount),
        Comparison.Of(FinanceFields.RequestedAmount, ComparisonOperator.LessThanOrEqual, product.MaxAmount),
        Comparison.Of(FinanceFields.TermMonths, ComparisonOperator.GreaterThanOrEqual, product.MinTermMonths),
        Comparison.Of(FinanceFields.TermMonths, ComparisonOperator.LessThanOrEqual, product.MaxTermMonths),
        product.Eligibility,
    ]);

    public static ProductMatch Match(LoanProduct product, Facts facts, LprRates lpr, decimal? amount, int? termMonths)
    {
        var result = EligibilityEvaluator.Evaluate(RulesOf(product), facts, FinanceFields.Catalog);
        var rate = product.RatePercent(lpr);
        decimal? instalment = amount is > 0 && termMonths is > 0
            ? Amortisation.LevelPayment(amount.Value, rate / 100m / 12m, termMonths.Value)
            : null;
        return new ProductMatch(product, result.Outcome, rate, product.EffectiveCostPercent(lpr), instalment, result.Explanations);
    }

    public static IReadOnlyList<ProductMatch> Rank(IEnumerable<LoanProduct> products, Facts facts, LprRates lpr, decimal? amount, int? termMonths) =>
        products.Where(p => p.Active)
            .Select(p => Match(p, facts, lpr, amount, termMonths))
            .OrderBy(m => m.Outcome switch { EligibilityOutcome.Met => 0, EligibilityOutcome.Unknown => 1, _ => 2 })
            .ThenBy(m => m.Outcome == EligibilityOutcome.NotMet ? m.Gaps.Count() : m.Missing.Count())
            .ThenBy(m => m.Outcome == EligibilityOutcome.NotMet ? RelativeGap(m) : 0m)
            .ThenBy(m => m.EffectiveCostPercent)
            .ThenBy(m => m.Product.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>Sum of the numeric gaps relative to their thresholds (a 1-point gap on 3 % weighs more than on 1,000 万); non-numeric misses count 1.</summary>
    private static decimal RelativeGap(ProductMatch match) =>
        match.Gaps.Sum(g => g.Gap is { } gap && decimal.TryParse(g.Required.Split(' ')[0], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var threshold) && threshold != 0
            ? Math.Min(1m, gap / Math.Abs(threshold))
            : 1m);
}
