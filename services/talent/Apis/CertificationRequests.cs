using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Operations;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Talent.Apis;

public sealed record SubmitCertificationRequest(
    [property: Required, StringLength(50, MinimumLength = 2)] string PersonName,
    [property: Required, ResidentId] string ResidentIdNumber,
    [property: Required] TalentTier? Tier,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Basis);

public sealed record ReviewRequest([property: StringLength(1000)] string? Note);

public sealed record RejectRequest([property: Required, StringLength(1000, MinimumLength = 2)] string Note);
