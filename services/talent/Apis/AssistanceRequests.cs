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

public sealed record SubmitAssistanceRequest(
    [property: Required] Guid? HouseholdId,
    [property: Required] AssistanceType? Type,
    [property: Required, Range(typeof(decimal), "0.01", "1000000")] decimal? RequestedAmount,
    [property: Required, StringLength(2000, MinimumLength = 2)] string Reason,
    [property: Required, MaxLength(20)] string[] Materials);

/// <summary>A citizen's own application: no household id, the household is the one whose head the token names.</summary>
public sealed record ApplyForOwnHouseholdRequest(
    [property: Required] AssistanceType? Type,
    [property: Required, Range(typeof(decimal), "0.01", "1000000")] decimal? RequestedAmount,
    [property: Required, StringLength(2000, MinimumLength = 2)] string Reason,
    [property: Required, MaxLength(20)] string[] Materials);

public sealed record ApproveAssistanceRequest(
    [property: Required, Range(typeof(decimal), "0.01", "1000000")] decimal? Amount,
    [property: StringLength(1000)] string? Note);
