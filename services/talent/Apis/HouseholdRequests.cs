using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Operations;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Talent.Apis;

public sealed record RegisterHouseholdRequest(
    [property: Required, StringLength(50, MinimumLength = 2)] string HeadName,
    [property: Required, ResidentId] string ResidentIdNumber,
    [property: Required, MobileNumber] string Phone,
    [property: Required, Range(1, 20)] int? MembersCount,
    [property: Required] DifficultyType? DifficultyType,
    [property: UnifiedSocialCreditCode] string? EmployerCreditCode,
    [property: Required, StringLength(300, MinimumLength = 2)] string Address,
    [property: Required, Range(typeof(decimal), "0", "100000")] decimal? IncomePerCapita,
    [property: StringLength(1000)] string? Note);

public sealed record ReviewHouseholdRequest(
    [property: Required, Range(1, 20)] int? MembersCount,
    [property: Required] DifficultyType? DifficultyType,
    [property: Required, Range(typeof(decimal), "0", "100000")] decimal? IncomePerCapita,
    [property: StringLength(1000)] string? Note);

public sealed record ExitHouseholdRequest(
    [property: Required] ExitReason? Reason,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Note);
