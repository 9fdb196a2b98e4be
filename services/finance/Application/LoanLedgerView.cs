using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Application;

/// <summary>
/// A loan's guarantee and subsidy ledger: risk shares in yuan, subsidy accrued to date (never past maturity or
/// closing), paid and payable, and each payout with its basis.
/// </summary>
public sealed record LoanLedgerView(
    Guid LoanId, decimal Principal, decimal GovernmentRisk, decimal BankRisk, decimal GuarantorRisk, decimal AnnualGuaranteeFee,
    decimal SubsidyPercent, decimal SubsidyAccrued, decimal SubsidyPaid, decimal SubsidyPayable, DateOnly AccruedThrough,
    DateOnly? MaturesOn, IReadOnlyList<SubsidyPayoutView> Payouts);

/// <summary>One subsidy payout and what it was computed on: the period, principal, rate, accrued and already paid, and who decided.</summary>
public sealed record SubsidyPayoutView(
    Guid Id, decimal Amount, DateOnly PeriodFrom, DateOnly PeriodThrough, decimal Principal, decimal SubsidyPercent,
    decimal SubsidyAccrued, decimal PreviouslyPaid, string DecidedBy, string DecidedByRole, DateTimeOffset RecordedAt)
{
    public static SubsidyPayoutView From(SubsidyPayout s) => new(
        s.Id, s.Amount, s.PeriodFrom, s.PaidOn, s.Principal, s.SubsidyPercent, s.SubsidyAccrued, s.PreviouslyPaid, s.PaidBy, s.PaidByRole, s.RecordedAt);
}
