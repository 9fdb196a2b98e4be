using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

using Qingmeng.Talent.Application;

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
