using System.ComponentModel.DataAnnotations;
using Qingmeng.Talent.Model;


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
