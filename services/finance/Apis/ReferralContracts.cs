using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Apis;

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

public sealed record ReferralQuery(ReferralStatus? Status, string? BankCode, bool? Escalated);

public sealed record ScheduleQuery(RepaymentMethod? Method);
