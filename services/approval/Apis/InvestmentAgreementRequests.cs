using System.ComponentModel.DataAnnotations;
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
