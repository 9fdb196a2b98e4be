using System.ComponentModel.DataAnnotations;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Apis;

public sealed record ChangeSubItemRequest(
    [property: StringLength(200, MinimumLength = 2)] string? Name,
    [property: Range(1, 120)] int? LimitWorkingDays,
    [property: MaxLength(50)] string[]? Materials,
    [property: MaxLength(35)] string[]? Prerequisites,
    bool? GatesGroundbreaking,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Note);

public sealed record CatalogueView(int Version, DateTimeOffset PublishedAt, string PublishedBy, string Note, CatalogueDocument Catalogue);

public sealed record CatalogueVersionSummary(int Version, DateTimeOffset PublishedAt, string PublishedBy, string Note);
