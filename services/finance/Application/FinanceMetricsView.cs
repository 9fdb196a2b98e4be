namespace Qingmeng.Finance.Application;

/// <summary>One bank's figures; loans and amounts disbursed are new lending, renewals (续贷) are counted apart.</summary>
public sealed record BankMetricsView(string BankCode, string BankName, int Referred, int Approved, int Declined, decimal ApprovalRatePercent,
    decimal? MedianResponseWorkingDays, int Overdue, int LoansDisbursed, decimal AmountDisbursed,
    int Renewals, decimal RenewalAmount, decimal AmountOutstanding);

/// <summary>
/// The zone's figures. <c>LoansDisbursed</c>/<c>AmountDisbursed</c> are new lending; a renewal replaces its loan and is
/// counted in <c>Renewals</c>/<c>RenewalAmount</c> only; <c>AmountOutstanding</c> sums the loans still out (a renewed
/// loan is replaced by its renewal).
/// </summary>
public sealed record FinanceMetricsView(
    int Referrals, int Decided, int Approved, int Declined, decimal ApprovalRatePercent, decimal? MedianResponseWorkingDays,
    int Escalated, int LoansDisbursed, decimal AmountDisbursed, int Renewals, decimal RenewalAmount, int WhitelistedFirms,
    IReadOnlyList<BankMetricsView> Banks, decimal AmountOutstanding);
