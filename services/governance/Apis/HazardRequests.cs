using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

/// <summary>An officer names the firm; a firm reporting its own hazard leaves <c>CreditCode</c> out (it is the caller's).</summary>
public sealed record ReportHazardRequest(
    [property: Required, StringLength(16, MinimumLength = 2)] string Severity,
    [property: Required, StringLength(4000, MinimumLength = 4)] string Description,
    [property: UnifiedSocialCreditCode] string? CreditCode = null,
    [property: StringLength(200)] string? Place = null);

public sealed record RectificationRequest([property: Required, StringLength(4000, MinimumLength = 2)] string Report);

public sealed record ReinspectionRequest(
    [property: Required] bool? Passed,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Note);
