using System.ComponentModel.DataAnnotations;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Approval.Apis;

/// <summary>A signed 意向协议/框架协议. Amounts and dates are checked by the rule (422 naming the field).</summary>
public sealed record SignIntentRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string InvestorName,
    [property: UnifiedSocialCreditCode] string? CreditCode,
    [property: Required, RegularExpression("^[A-Z][0-9]{0,4}$", ErrorMessage = "industryCode 须为 GB/T 4754 行业代码，如 C39 (industryCode must be a GB/T 4754 code such as C39)")] string IndustryCode,
    [property: Required] decimal? PlannedInvestment,
    [property: Required] DateOnly? SignedOn,
    Guid? ProjectId);

public sealed record SignContractRequest([property: Required] DateOnly? SignedOn, [property: Required] decimal? Investment);

public sealed record LapseAgreementRequest([property: Required, StringLength(500, MinimumLength = 2)] string Reason);

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
