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

public sealed record ReEnterHouseholdRequest(
    [property: Required, Range(1, 20)] int? MembersCount,
    [property: Required] DifficultyType? DifficultyType,
    [property: Required, Range(typeof(decimal), "0", "100000")] decimal? IncomePerCapita,
    [property: Required, StringLength(300, MinimumLength = 2)] string Address,
    [property: Required, MobileNumber] string Phone,
    [property: StringLength(1000)] string? Note);

public sealed record HouseholdQuery(HouseholdStatus? Status, DifficultyType? DifficultyType, bool? ReviewOverdue);
