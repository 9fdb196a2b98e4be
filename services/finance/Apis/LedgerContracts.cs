using System.ComponentModel.DataAnnotations;

namespace Qingmeng.Finance.Apis;

public sealed record SubsidyPayoutRequest([property: Range(0.01, 1_000_000_000)] decimal Amount, [property: Required] DateOnly? PaidOn);
