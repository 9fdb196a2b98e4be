using System.ComponentModel.DataAnnotations;
using Qingmeng.PolicyMatch.Application;

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>申报辅导: the firm guided, the policy it was guided to apply for, the China date, and what was covered.</summary>
public sealed record GuideRequest(
    [property: Required] string CreditCode,
    [property: Required, StringLength(32, MinimumLength = 1)] string PolicyCode,
    [property: Required] DateOnly? GuidedOn,
    [property: StringLength(2000)] string? Notes);

/// <summary>Filters of the guidance list: the year guided and the firm (a firm's administrator always sees only its own).</summary>
public sealed record GuidanceQuery(
    [property: Range(ApplicationGuidanceService.FirstYear, 9999)] int? Year,
    string? CreditCode);
