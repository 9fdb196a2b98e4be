using System.ComponentModel.DataAnnotations;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Finance.Apis;

public sealed record EvaluateWhitelistRequest([property: Required, UnifiedSocialCreditCode] string CreditCode);

public sealed record ReviewWhitelistRequest(
    [property: Required] bool? List,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Note);

public sealed record WhitelistQuery(WhitelistStatus? Status);
