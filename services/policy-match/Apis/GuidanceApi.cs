using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>
/// 申报辅导 (条件筛选—精准匹配—申报辅导—资金兑现): officers record each firm guided to apply for a policy's funds; the
/// year's guided projects are followed to the application, the approval and the money.
/// </summary>
public static class GuidanceApi
{
    public static IEndpointRouteBuilder MapGuidanceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/policy").WithTags("Application guidance");

        api.MapPost("/guidance", Guide).WithName("RecordGuidance").WithSummary("申报辅导: record a firm guided to apply for a policy (Idempotency-Key)")
            .RequireAuthorization(PolicyMatchPolicies.PolicyOfficers);
        api.MapGet("/guidance", ListGuidance).WithName("ListGuidance").WithSummary("Guidance records: every firm's for officers, its own for a firm's administrator")
            .RequireAuthorization(PolicyMatchPolicies.GuidanceReaders);
        api.MapGet("/metrics/guided-applications", GuidedApplications).WithName("GuidedApplications")
            .WithSummary("The year's guided projects: then applied for, approved, amount paid")
            .RequireAuthorization(PolicyMatchPolicies.PolicyOfficers);
        return app;
    }

    public static async Task<Results<Created<GuidanceView>, Ok<GuidanceView>, ProblemHttpResult>> Guide(
        GuideRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal principal,
        ApplicationGuidanceService guidance,
        CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Invalid(idempotencyKey) is { } badKey)
        {
            return badKey.ToProblem();
        }
        var entry = new GuidanceEntry(request.CreditCode.Trim(), request.PolicyCode.Trim(), request.GuidedOn!.Value, request.Notes);
        var recorded = await guidance.GuideAsync(entry, idempotencyKey, PlatformUser.From(principal), cancellationToken);
        if (!recorded.Succeeded)
        {
            return recorded.Failure.ToProblem();
        }
        var view = GuidanceView.From(recorded.Value.Guidance);
        return recorded.Value.Created ? TypedResults.Created($"/api/policy/guidance/{view.Id}", view) : TypedResults.Ok(view);
    }

    public static async Task<Ok<Page<GuidanceView>>> ListGuidance(
        [AsParameters] PageRequest page, [AsParameters] GuidanceQuery query, ClaimsPrincipal principal,
        ApplicationGuidanceService guidance, CancellationToken cancellationToken)
    {
        var visible = guidance.Visible(PlatformUser.From(principal));
        if (query.Year is { } year)
        {
            visible = visible.Where(g => g.Year == year);
        }
        if (!string.IsNullOrWhiteSpace(query.CreditCode) && PlatformUser.From(principal).IsOfficer())
        {
            var creditCode = query.CreditCode.Trim().ToUpperInvariant();
            visible = visible.Where(g => g.CreditCode == creditCode);
        }
        var count = await visible.LongCountAsync(cancellationToken);
        var items = await visible.OrderByDescending(g => g.GuidedOn).ThenBy(g => g.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<GuidanceView>(page.PageIndex, page.PageSize, count, items.ConvertAll(GuidanceView.From)));
    }

    /// <summary>
    /// The metric for one year (required). The year is read as text so that a missing or malformed one is a 400
    /// naming <c>year</c> like an out-of-range one.
    /// </summary>
    public static async Task<Results<Ok<GuidedApplicationsView>, ProblemHttpResult>> GuidedApplications(
        [FromQuery(Name = "year")] string? year, ApplicationGuidanceService guidance, TimeProvider time, CancellationToken cancellationToken)
    {
        var lastYear = ChinaTime.Today(time).Year;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < ApplicationGuidanceService.FirstYear || value > lastYear)
        {
            return FieldProblems.BadRequest("year", $"请给出{ApplicationGuidanceService.FirstYear}至{lastYear}年之间的年份 (give a year from {ApplicationGuidanceService.FirstYear} to {lastYear})");
        }
        return TypedResults.Ok(GuidedApplicationsView.From(await guidance.MeasureAsync(value, cancellationToken)));
    }
}
