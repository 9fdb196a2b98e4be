using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// 安全生产 隐患排查整改: an officer reports a hazard found at a firm, or the firm its own; the firm reports the rectification;
/// an officer of the supervising department re-inspects. The deadline runs on the working-day calendar by severity.
/// A firm sees its own hazards; an officer their department's; the centre all.
/// </summary>
public static class HazardsApi
{
    public static IEndpointRouteBuilder MapHazardsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/hazards").WithTags("Work safety");
        api.MapPost("/", Report).WithName("ReportHazard")
            .WithSummary("隐患上报: by an inspector, or by the firm itself; the rectification deadline follows the severity")
            .RequireAuthorization(GovernancePolicies.DepartmentOfficersAndFirms);
        api.MapGet("/", List).WithName("ListHazards").WithSummary("Hazards visible to the caller, nearest deadline first")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        api.MapGet("/summary", Summary).WithName("GetHazardSummary").WithSummary("安全生产 in figures (the caller's department, or all for the centre)")
            .RequireAuthorization(GovernancePolicies.Officials);
        api.MapGet("/{id:guid}", Get).WithName("GetHazard").WithSummary("One hazard")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        api.MapPost("/{id:guid}/rectification", ReportRectification).WithName("ReportHazardRectification")
            .WithSummary("整改报告: the firm reports what it rectified").RequireAuthorization(GovernancePolicies.Firms);
        api.MapPost("/{id:guid}/reinspection", Reinspect).WithName("ReinspectHazard")
            .WithSummary("复查: passed closes the hazard (销号); failed sets a new deadline")
            .RequireAuthorization(GovernancePolicies.DepartmentOfficers);
        return app;
    }

    public static async Task<Results<Created<HazardView>, ProblemHttpResult>> Report(
        ReportHazardRequest request, ClaimsPrincipal principal, Hazards hazards, HolidayCalendar calendar, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<HazardSeverity>(request.Severity, ignoreCase: true, out var severity) || !Enum.IsDefined(severity) || int.TryParse(request.Severity, out _))
        {
            return FieldProblem("severity", $"隐患等级须为 {string.Join("、", Enum.GetNames<HazardSeverity>())} 之一 (unknown severity {request.Severity})");
        }
        var outcome = await hazards.ReportAsync(request.CreditCode, severity, request.Description, request.Place, PlatformUser.From(principal), cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/governance/hazards/{outcome.Value.Id}", HazardView.From(outcome.Value, time.GetUtcNow(), calendar.Current))
            : outcome.Failure.ToProblem();
    }

    public static async Task<Ok<Page<HazardView>>> List(
        [AsParameters] PageRequest page, [AsParameters] HazardQuery query, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hazards = db.Hazards.AsNoTracking().VisibleTo(PlatformUser.From(principal), FirmInDepartmentAccess.CentreRoles);
        if (query.Status is { } status)
        {
            hazards = hazards.Where(h => h.Status == status);
        }
        if (query.Severity is { } severity)
        {
            hazards = hazards.Where(h => h.Severity == severity);
        }
        if (query.CreditCode is { } creditCode)
        {
            hazards = hazards.Where(h => h.CreditCode == creditCode);
        }
        if (query.Overdue is { } overdue)
        {
            hazards = overdue
                ? hazards.Where(h => h.Status == HazardStatus.Open && h.RectificationDueAt <= now)
                : hazards.Where(h => h.Status != HazardStatus.Open || h.RectificationDueAt > now);
        }
        var count = await hazards.LongCountAsync(cancellationToken);
        var items = await hazards.OrderBy(h => h.Status == HazardStatus.Closed).ThenBy(h => h.RectificationDueAt).ThenBy(h => h.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<HazardView>(page.PageIndex, page.PageSize, count, items.ConvertAll(h => HazardView.From(h, now, calendar.Current))));
    }

    public static async Task<Ok<HazardSummaryView>> Summary(ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hazards = db.Hazards.AsNoTracking().VisibleTo(PlatformUser.From(principal), FirmInDepartmentAccess.CentreRoles);
        var rows = await hazards.Select(h => new { h.Status, h.SelfReported, h.Severity, h.RectificationDueAt, h.FailedReinspections, h.Escalations })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new HazardSummaryView(
            rows.Count, rows.Count(r => r.SelfReported), rows.Count(r => r.Severity == HazardSeverity.Major), rows.Count(r => r.Status == HazardStatus.Closed),
            rows.Count(r => r.Status != HazardStatus.Closed), rows.Count(r => r.Status == HazardStatus.Open && r.RectificationDueAt <= now),
            rows.Sum(r => r.FailedReinspections), rows.Count(r => r.Escalations > 0)));
    }

    public static async Task<Results<Ok<HazardView>, NotFound>> Get(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = await db.Hazards.AsNoTracking().VisibleTo(PlatformUser.From(principal), FirmInDepartmentAccess.CentreRoles).FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(HazardView.From(found, time.GetUtcNow(), calendar.Current));
    }

    public static Task<Results<Ok<HazardView>, NotFound, ProblemHttpResult>> ReportRectification(
        Guid id, RectificationRequest request, ClaimsPrincipal principal, Hazards hazards, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, hazards, calendar, time, "hazard.rectified", (h, _, now) =>
        {
            h.ReportRectification(request.Report.Trim(), now);
            return null;
        }, cancellationToken);

    public static Task<Results<Ok<HazardView>, NotFound, ProblemHttpResult>> Reinspect(
        Guid id, ReinspectionRequest request, ClaimsPrincipal principal, Hazards hazards, IOptions<GovernanceOptions> options, HolidayCalendar calendar,
        TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, hazards, calendar, time, "hazard.reinspected", (h, user, now) =>
        {
            var passed = request.Passed!.Value;
            h.Reinspect(passed, request.Note.Trim(), user.Subject, now, Hazards.DueAt(h.Severity, now, options.Value, calendar.Current));
            return new HazardReinspected(h.Id, h.CreditCode, h.DepartmentCode, passed, h.FailedReinspections, passed ? null : h.RectificationDueAt);
        }, cancellationToken);

    private static async Task<Results<Ok<HazardView>, NotFound, ProblemHttpResult>> AnswerAsync(
        Guid id, ClaimsPrincipal principal, Hazards hazards, HolidayCalendar calendar, TimeProvider time, string auditAction,
        Hazards.Step step, CancellationToken cancellationToken)
    {
        var outcome = await hazards.ApplyAsync(id, PlatformUser.From(principal), auditAction, step, cancellationToken);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(HazardView.From(outcome.Value, time.GetUtcNow(), calendar.Current));
        }
        return ReferenceEquals(outcome.Failure, Hazards.NotFound) ? TypedResults.NotFound() : outcome.Failure.ToProblem();
    }

    private static ProblemHttpResult FieldProblem(string field, string message) => Failure.Invalid(field, message).ToProblem();
}
