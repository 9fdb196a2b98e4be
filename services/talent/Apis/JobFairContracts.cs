using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

public sealed record ScheduleFairRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Title,
    [property: Required] JobFairMode? Mode,
    [property: Required, StringLength(300, MinimumLength = 2)] string Venue,
    [property: Required] DateTimeOffset? StartsAt,
    [property: Required] DateTimeOffset? EndsAt);

public sealed record RegisterForFairRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string OrganizationName,
    [property: Required, MinLength(1), MaxLength(50)] Guid[] JobPostingIds);
