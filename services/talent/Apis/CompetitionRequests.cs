using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

public sealed record CreateEntryRequest(
    [property: Range(2015, 2100)] int Edition,
    [property: Required, StringLength(200, MinimumLength = 2)] string ProjectName,
    [property: Required, StringLength(50, MinimumLength = 2)] string TeamLead,
    [property: Required, StringLength(50, MinimumLength = 2)] string Track,
    [property: StringLength(50)] string? Award,
    [property: Range(0, 1000)] int TalentsIntroduced = 0);

public sealed record UpdateLandingRequest(
    [property: Required] LandingStatus? Status,
    [property: UnifiedSocialCreditCode] string? CreditCode,
    DateOnly? LandedOn,
    [property: Range(0, 1000)] int? TalentsIntroduced);

public sealed record EntryQuery([property: Range(2015, 2100)] int? Edition, LandingStatus? LandingStatus);
