using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public sealed record NotifyGuidanceRequest(
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Matters,
    [property: Range(1, 60)] int? SelfCorrectionWorkingDays = null);

public sealed record SelfCorrectionRequest([property: Required, StringLength(4000, MinimumLength = 2)] string Report);

public sealed record GuidanceInspectionRequest(
    [property: Required] bool? Compliant,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Note);
