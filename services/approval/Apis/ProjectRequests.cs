using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Approval.Apis;

public sealed record RegisterProjectRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string FirmName,
    [property: Required, Range(typeof(decimal), "0.01", "1000000000000")] decimal? InvestmentAmount,
    [property: Required, StringLength(200, MinimumLength = 2)] string LandLocation,
    [property: Required, Range(typeof(decimal), "0.01", "100000")] decimal? LandAreaMu,
    [property: Required, RegularExpression("^[A-Z][0-9]{0,4}$", ErrorMessage = "industryCode 须为 GB/T 4754 行业代码，如 C39 (industryCode must be a GB/T 4754 code such as C39)")] string IndustryCode,
    bool IsKeyProject,
    [property: MaxLength(35)] string[]? SubItemCodes);

public sealed record GrantDelegationRequest(
    [property: Required, StringLength(1000, MinimumLength = 2)] string Scope);

public sealed record HandoverRequest(
    [property: StringLength(200, MinimumLength = 1)] string? ToAgentSubject,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Reason);
