using System.ComponentModel.DataAnnotations;

namespace Qingmeng.Finance.Apis;

public sealed record ApplyRequest(
    [property: Required, StringLength(32, MinimumLength = 2)] string ProductCode,
    [property: Range(1, 1_000_000_000)] decimal Amount,
    [property: Range(1, 360)] int TermMonths,
    [property: Required, StringLength(500, MinimumLength = 2)] string Purpose,
    Guid? NeedId);

public sealed record ConsentRequest([property: Required] bool? Consent);

public sealed record ReasonRequest([property: Required, StringLength(1000, MinimumLength = 2)] string Reason);
