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

public sealed record ApplyRequest(
    [property: Required, RegularExpression("^QM-[A-Z]{2}-[0-9]{3}$", ErrorMessage = "policyCode 的格式应如 QM-KJ-004 (policyCode must look like QM-KJ-004)")] string PolicyCode,
    [property: StringLength(2000)] string? Statement);

/// <summary>An officer's approval: the reason (and materials checked) on the record; optional.</summary>
public sealed record ApproveRequest([property: StringLength(2000)] string? Reason);

public sealed record RejectRequest([property: Required, StringLength(2000, MinimumLength = 2)] string Reason);
