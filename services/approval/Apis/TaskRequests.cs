using System.ComponentModel.DataAnnotations;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Apis;

public sealed record SubmitMaterialsRequest(
    [property: Required, MinLength(1), MaxLength(50)] string[] Materials);

public sealed record CorrectionRequest(
    [property: Required, MinLength(1), MaxLength(50)] string[] MissingMaterials);

public sealed record SuspendRequest(
    [property: Required] PauseKind? Kind,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Reason);
