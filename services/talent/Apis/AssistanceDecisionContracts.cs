using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.Talent.Operations;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Infrastructure.EntityConfigurations;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Talent.Apis;

public sealed record RejectAssistanceRequest([property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

public sealed record PayAssistanceRequest(
    [property: Required, Range(typeof(decimal), "0.01", "1000000")] decimal? Amount,
    [property: Required, StringLength(64, MinimumLength = 4)] string Reference);

public sealed record AssistanceQuery(Guid? HouseholdId, AssistanceStatus? Status, AssistanceType? Type);
