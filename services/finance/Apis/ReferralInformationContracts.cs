using System.ComponentModel.DataAnnotations;

namespace Qingmeng.Finance.Apis;

public sealed record InformationRequest([property: Required, StringLength(2000, MinimumLength = 2)] string Request);

public sealed record InformationResponse([property: Required, StringLength(2000, MinimumLength = 2)] string Response);
