using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public sealed record FollowUpRequest(
    [property: Required] bool? Satisfied,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Comment);

/// <summary>The filer's rating: checked by the case (422 naming <c>rating</c> or <c>comment</c>), not by attributes, so a missing or out-of-range rating is a business refusal like the rest.</summary>
public sealed record RateCaseRequest(int? Rating, string? Comment);
