using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Finance.Application;

/// <summary>One product for the firm's need: rank, decision, cost, every rule explained, the gaps of near misses and the missing facts.</summary>
public sealed record ProductMatchView(
    int Rank, string ProductCode, string ProductName, ProductKind Kind, string BankCode, string BankName,
    EligibilityOutcome Outcome, decimal RatePercent, decimal EffectiveCostPercent, decimal? MonthlyInstalment,
    IReadOnlyList<ExplanationView> Explanations, IReadOnlyList<ExplanationView> Gaps, IReadOnlyList<ExplanationView> Missing);

public sealed record ExplanationView(string Field, string Label, string Operator, string Required, string? Actual, EligibilityOutcome Outcome, decimal? Gap, string Text)
{
    public static ExplanationView From(ConditionExplanation e) => new(e.Field, e.Label, e.Operator, e.Required, e.Actual, e.Outcome, e.Gap, e.Text);
}
