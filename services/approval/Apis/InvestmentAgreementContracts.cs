using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Apis;

public sealed record InvestmentAgreementQuery(InvestmentAgreementStatus? Status, DateOnly? From, DateOnly? To);

/// <summary>The period of the 正式合同转化率: both China dates required, <c>to</c> not before <c>from</c>.</summary>
public sealed record ContractConversionQuery(DateOnly? From, DateOnly? To);

public sealed record InvestmentAgreementView(
    Guid Id,
    string Number,
    string InvestorName,
    string? CreditCode,
    string IndustryCode,
    decimal PlannedInvestment,
    DateOnly IntentSignedOn,
    InvestmentAgreementStatus Status,
    DateOnly? ContractSignedOn,
    decimal? ContractInvestment,
    string? LapseReason,
    DateOnly? LapsedOn,
    Guid? ProjectId,
    DateTimeOffset RecordedAt)
{
    public static InvestmentAgreementView From(InvestmentAgreement a) => new(
        a.Id, a.Number, a.InvestorName, a.CreditCode, a.IndustryCode, a.PlannedInvestment, a.IntentSignedOn, a.Status,
        a.ContractSignedOn, a.ContractInvestment, a.LapseReason, a.LapsedOn, a.ProjectId, a.RecordedAt);
}
