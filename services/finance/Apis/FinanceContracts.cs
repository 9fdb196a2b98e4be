using System.ComponentModel.DataAnnotations;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Finance.Apis;

public sealed record BankView(string Code, string Name, bool IsPartner, DateOnly JoinedOn);

public sealed record ProductView(
    string Code, string BankCode, string BankName, string Name, ProductKind Kind, string Description,
    decimal MinAmount, decimal MaxAmount, int MinTermMonths, int MaxTermMonths,
    LprTenor LprTenor, decimal SpreadPercent, decimal RatePercent,
    GuaranteeRequirement Guarantee, decimal GuaranteeFeePercent, decimal SubsidyPercent, decimal EffectiveCostPercent,
    decimal GovernmentRiskSharePercent, decimal BankRiskSharePercent, decimal GuarantorRiskSharePercent,
    bool RequiresWhitelist, Condition Eligibility, bool Active)
{
    public static ProductView From(LoanProduct p, string bankName, LprRates lpr) => new(
        p.Code, p.BankCode, bankName, p.Name, p.Kind, p.Description, p.MinAmount, p.MaxAmount, p.MinTermMonths, p.MaxTermMonths,
        p.LprTenor, p.SpreadPercent, p.RatePercent(lpr), p.Guarantee, p.GuaranteeFeePercent, p.SubsidyPercent, p.EffectiveCostPercent(lpr),
        p.GovernmentRiskSharePercent, p.BankRiskSharePercent, p.GuarantorRiskSharePercent, p.RequiresWhitelist, p.Eligibility, p.Active);
}

public sealed record ProductQuery(string? BankCode, ProductKind? Kind);

public sealed record FirmProfileRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Range(0, 1_000_000_000_000)] decimal AnnualRevenue,
    [property: Range(-100, 10_000)] decimal RevenueGrowthPercent,
    [property: Range(0, 100)] decimal RdRatioPercent,
    [property: Range(0, 100_000)] int InventionPatents,
    [property: Range(0, 100_000)] int OtherPatents,
    [property: Range(0, 1_000_000)] int Employees,
    [property: Range(0, 200)] int YearsInOperation,
    [property: Required, RegularExpression("^(AAA|AA|A|BBB|BB|B|C)$", ErrorMessage = "creditRating 须为 AAA、AA、A、BBB、BB、B、C 之一 (creditRating must be one of AAA, AA, A, BBB, BB, B, C)")] string CreditRating,
    bool IsSpecialisedSme,
    bool IsHighTech,
    bool HasOverdueLoans,
    bool InDifficulty,
    bool InThreeStriveCampaign)
{
    public FirmProfileData ToData() => new(
        Name.Trim(), AnnualRevenue, RevenueGrowthPercent, RdRatioPercent, InventionPatents, OtherPatents, Employees, YearsInOperation,
        CreditRating, IsSpecialisedSme, IsHighTech, HasOverdueLoans, InDifficulty, InThreeStriveCampaign);
}

public sealed record FirmProfileView(
    string CreditCode, string Name, decimal AnnualRevenue, decimal RevenueGrowthPercent, decimal RdRatioPercent,
    int InventionPatents, int OtherPatents, int Employees, int YearsInOperation, string CreditRating,
    bool IsSpecialisedSme, bool IsHighTech, bool HasOverdueLoans, bool InDifficulty, bool InThreeStriveCampaign,
    bool OnWhitelist, DateTimeOffset UpdatedAt)
{
    public static FirmProfileView From(FirmProfile p) => new(
        p.CreditCode, p.Name, p.AnnualRevenue, p.RevenueGrowthPercent, p.RdRatioPercent, p.InventionPatents, p.OtherPatents,
        p.Employees, p.YearsInOperation, p.CreditRating, p.IsSpecialisedSme, p.IsHighTech, p.HasOverdueLoans, p.InDifficulty,
        p.InThreeStriveCampaign, p.OnWhitelist, p.UpdatedAt);
}

public sealed record FinancingNeedRequest(
    [property: Range(1, 1_000_000_000)] decimal Amount,
    [property: Range(1, 360)] int TermMonths,
    [property: Required, StringLength(500, MinimumLength = 2)] string Purpose,
    [property: UnifiedSocialCreditCode] string? CreditCode);

public sealed record FinancingNeedView(
    Guid Id, string CreditCode, decimal Amount, int TermMonths, string Purpose, int EligibleProducts, DateTimeOffset CreatedAt,
    FinancingNeedOrigin Origin, Guid? ProjectId, string? ProjectName, decimal? ProjectInvestment)
{
    public static FinancingNeedView From(FinancingNeed n) => new(
        n.Id, n.CreditCode, n.Amount, n.TermMonths, n.Purpose, n.EligibleProducts, n.CreatedAt, n.Origin, n.ProjectId, n.ProjectName, n.ProjectInvestment);
}

public sealed record NeedQuery(string? CreditCode);

public sealed record MatchmakingView(FinancingNeedView Need, bool ProfileKnown, IReadOnlyList<ProductMatchView> Matches);

public sealed record ApplyRequest(
    [property: Required, StringLength(32, MinimumLength = 2)] string ProductCode,
    [property: Range(1, 1_000_000_000)] decimal Amount,
    [property: Range(1, 360)] int TermMonths,
    [property: Required, StringLength(500, MinimumLength = 2)] string Purpose,
    Guid? NeedId);

public sealed record ConsentRequest([property: Required] bool? Consent);

public sealed record ReasonRequest([property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

public sealed record InformationRequest([property: Required, StringLength(2000, MinimumLength = 2)] string Request);

public sealed record InformationResponse([property: Required, StringLength(2000, MinimumLength = 2)] string Response);

public sealed record ApproveRequest(
    [property: Range(1, 1_000_000_000)] decimal Amount,
    [property: Range(0.01, 36)] decimal AnnualRatePercent,
    [property: Range(1, 360)] int TermMonths);

public sealed record DisburseRequest(
    [property: Range(1, 1_000_000_000)] decimal Amount,
    [property: Required] DateOnly? DisbursedOn);

public sealed record RepayRequest([property: Required] DateOnly? RepaidOn);

public sealed record RenewRequest(
    [property: Range(1, 1_000_000_000)] decimal Amount,
    [property: Range(0.01, 36)] decimal AnnualRatePercent,
    [property: Range(1, 360)] int TermMonths,
    [property: Required] DateOnly? RenewedOn);

public sealed record ReferralQuery(ReferralStatus? Status, string? BankCode, bool? Escalated);

public sealed record ScheduleQuery(RepaymentMethod? Method);

public sealed record ReferralView(
    Guid Id, string Number, string CreditCode, string FirmName, string ProductCode, ProductKind ProductKind, string BankCode,
    decimal RequestedAmount, int RequestedTermMonths, string Purpose, ReferralStatus Status,
    DateTimeOffset AppliedAt, DateTimeOffset? ConsentedAt, DateTimeOffset? ReferredAt, DateTimeOffset? ResponseDueAt,
    DateTimeOffset? FirstRespondedAt, int? ResponseWorkingDays, DateTimeOffset? EscalatedAt,
    string? InformationRequest, string? InformationResponse,
    decimal? ApprovedAmount, decimal? ApprovedRatePercent, int? ApprovedTermMonths, DateTimeOffset? DecidedAt,
    string? DeclineReason, string? WithdrawReason,
    decimal? DisbursedAmount, DateOnly? DisbursedOn, DateOnly? MaturesOn, DateOnly? ClosedOn,
    decimal? GuaranteeFeePercent, decimal? SubsidyPercent,
    decimal? GovernmentRiskSharePercent, decimal? BankRiskSharePercent, decimal? GuarantorRiskSharePercent,
    Guid? WhitelistEntryId, Guid? RenewalOfId, Guid? RenewedById, DateTimeOffset? RenewalWarningSentAt,
    ReferralDossier? Dossier)
{
    public static ReferralView From(Referral r) => new(
        r.Id, r.Number, r.CreditCode, r.FirmName, r.ProductCode, r.ProductKind, r.BankCode,
        r.RequestedAmount, r.RequestedTermMonths, r.Purpose, r.Status,
        r.AppliedAt, r.ConsentedAt, r.ReferredAt, r.ResponseDueAt, r.FirstRespondedAt, r.ResponseWorkingDays, r.EscalatedAt,
        r.InformationRequest, r.InformationResponse,
        r.ApprovedAmount, r.ApprovedRatePercent, r.ApprovedTermMonths, r.DecidedAt, r.DeclineReason, r.WithdrawReason,
        r.DisbursedAmount, r.DisbursedOn, r.MaturesOn, r.ClosedOn,
        r.GuaranteeFeePercent, r.SubsidyPercent, r.GovernmentRiskSharePercent, r.BankRiskSharePercent, r.GuarantorRiskSharePercent,
        r.WhitelistEntryId, r.RenewalOfId, r.RenewedById, r.RenewalWarningSentAt, r.Dossier);
}

/// <summary>A renewal's outcome: the new loan and whether the firm met the renewal product's rules.</summary>
public sealed record RenewalView(ReferralView Previous, ReferralView Renewal, EligibilityOutcome RenewalEligibility, IReadOnlyList<ExplanationView> Explanations);

public sealed record EvaluateWhitelistRequest([property: Required, UnifiedSocialCreditCode] string CreditCode);

public sealed record ReviewWhitelistRequest(
    [property: Required] bool? List,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Note);

public sealed record WhitelistQuery(WhitelistStatus? Status);

public sealed record WhitelistEntryView(
    Guid Id, string CreditCode, string FirmName, decimal Score, bool Vetoed, IReadOnlyList<IndicatorScore> Indicators,
    WhitelistStatus Status, DateTimeOffset EvaluatedAt, DateTimeOffset? ReviewedAt, string? ReviewNote,
    DateTimeOffset? ListedAt, DateOnly? NextReviewOn, int Reevaluations, DateTimeOffset? RemovedAt, string? RemovalReason)
{
    public static WhitelistEntryView From(WhitelistEntry w) => new(
        w.Id, w.CreditCode, w.FirmName, w.Score, w.Vetoed, w.Indicators, w.Status, w.EvaluatedAt, w.ReviewedAt, w.ReviewNote,
        w.ListedAt, w.NextReviewOn, w.Reevaluations, w.RemovedAt, w.RemovalReason);
}

/// <summary>What the white list led to: every referral and loan granted on an entry.</summary>
public sealed record WhitelistOutcomeView(WhitelistEntryView Entry, int Referrals, int Approved, int Disbursed, decimal AmountDisbursed, IReadOnlyList<ReferralView> Loans);

public sealed record FundInvestmentRequest(
    [property: Required, StringLength(32, MinimumLength = 2)] string FundCode,
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string FirmName,
    [property: Range(1, 1_000_000_000)] decimal Amount,
    [property: Required] DateOnly? InvestedOn,
    [property: Required, StringLength(100, MinimumLength = 2)] string Instrument);

public sealed record FundInvestmentView(Guid Id, string FundCode, string CreditCode, string FirmName, decimal Amount, DateOnly InvestedOn, string Instrument)
{
    public static FundInvestmentView From(FundInvestment f) => new(f.Id, f.FundCode, f.CreditCode, f.FirmName, f.Amount, f.InvestedOn, f.Instrument);
}

public sealed record FundSummaryView(decimal Commitment, decimal Invested, decimal Remaining, int Investments);

public sealed record SubsidyPayoutRequest([property: Range(0.01, 1_000_000_000)] decimal Amount, [property: Required] DateOnly? PaidOn);

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
