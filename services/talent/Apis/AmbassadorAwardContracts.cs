using Qingmeng.ServiceDefaults.Calendar;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;

using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

public sealed record AwardAmbassadorRequest(
    [property: Required] Guid? AmbassadorId,
    [property: Required, Range(2000, 2100)] int? Year,
    [property: Required, StringLength(50, MinimumLength = 2)] string Title);

public sealed record AmbassadorAwardView(Guid Id, Guid AmbassadorId, int Year, string Title, int Hires, DateTimeOffset AwardedAt);
