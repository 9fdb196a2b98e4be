using System.ComponentModel.DataAnnotations;

namespace Qingmeng.Approval.Apis;

public sealed record SurveySiteRequest(
    [property: Required, RegularExpression("^[A-Z]{2}-[0-9]{4}-[0-9]{2,4}$", ErrorMessage = "code 的格式应如 DX-2026-01 (code must look like DX-2026-01)")] string Code,
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, StringLength(200, MinimumLength = 2)] string Location,
    [property: Required, Range(typeof(decimal), "0.01", "100000")] decimal? AreaMu,
    [property: Required, StringLength(200, MinimumLength = 2)] string CurrentUse,
    [property: Required, Range(typeof(decimal), "0", "100000000")] decimal? BaselineFloorArea,
    [property: Required, Range(typeof(decimal), "0", "1000000000000")] decimal? BaselineAnnualOutput,
    [property: Required, Range(typeof(decimal), "0", "1000000000000")] decimal? BaselineAnnualTax);

public sealed record PlanSiteRequest(
    [property: Required, StringLength(2000, MinimumLength = 2)] string Summary,
    [property: Required, StringLength(200, MinimumLength = 2)] string PlannedUse,
    [property: Required, Range(typeof(decimal), "1", "100000000")] decimal? PlannedFloorArea);

public sealed record EvaluateSiteRequest(
    [property: Required, Range(typeof(decimal), "0", "100000000")] decimal? FloorArea,
    [property: Required, Range(typeof(decimal), "0", "1000000000000")] decimal? AnnualOutput,
    [property: Required, Range(typeof(decimal), "0", "1000000000000")] decimal? AnnualTax);
