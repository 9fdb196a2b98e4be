using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Finance.Model;

/// <summary>One product for one firm's need: the decision, what it would cost, and every condition behind it.</summary>
public sealed record ProductMatch(
    LoanProduct Product,
    EligibilityOutcome Outcome,
    decimal RatePercent,
    decimal EffectiveCostPercent,
    decimal? MonthlyInstalment,
    IReadOnlyList<ConditionExplanation> Explanations)
{
    public IEnumerable<ConditionExplanation> Gaps => Explanations.Where(e => e.Outcome == EligibilityOutcome.NotMet);

    public IEnumerable<ConditionExplanation> Missing => Explanations.Where(e => e.Outcome == EligibilityOutcome.Unknown);
}
