using System.ComponentModel.DataAnnotations;

namespace Qingmeng.Finance.Apis;

public sealed record ApproveRequest(
    [property: Range(1, 1_000_000_000)] decimal Amount,
    [property: Range(0.01, 36)] decimal AnnualRatePercent,
    [property: Range(1, 360)] int TermMonths);

public sealed record DisburseRequest(
    [property: Range(1, 1_000_000_000)] decimal Amount,
    [property: Required] DateOnly? DisbursedOn);

public sealed record RepayRequest([property: Required] DateOnly? RepaidOn);
