using System.ComponentModel.DataAnnotations;

namespace Qingmeng.Approval.Apis;

public sealed record ExtendRequest(
    [property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

public sealed record DecisionRequest(
    [property: StringLength(2000, MinimumLength = 2)] string? Reason);

public sealed record RejectRequest(
    [property: Required, StringLength(2000, MinimumLength = 2)] string Reason);
