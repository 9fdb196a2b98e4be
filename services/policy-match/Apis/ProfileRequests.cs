using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Ledger;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.PolicyMatch.Apis;

public sealed record RegisterProfileRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: MobileNumber] string? ContactMobile);

/// <summary>Facts to set (field → value); a null value removes the fact (it becomes unknown again).</summary>
public sealed record UpdateFactsRequest([property: Required, MinLength(1)] Dictionary<string, JsonElement> Facts);
