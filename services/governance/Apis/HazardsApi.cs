using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
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
        ReportHazardRequest request, ClaimsPrincipal principal, GovernanceContext db, IOptions<GovernanceOptions> options, HolidayCalendar calendar,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<HazardSeverity>(request.Severity, ignoreCase: true, out var severity) || !Enum.IsDefined(severity) || int.TryParse(request.Severity, out _))
        {
            return FieldProblem("severity", $"隐患等级须为 {string.Join("、", Enum.GetNames<HazardSeverity>())} 之一 (unknown severity {request.Severity})");
        }
        var user = PlatformUser.From(principal);
        var selfReported = user.IsInRole(PlatformRoles.Firm);
        string? creditCode;
        if (selfReported)
        {
            creditCode = user.CreditCode;
            if (creditCode is null || (request.CreditCode is { } named && named != creditCode))
            {
                return CaseProblems.From(new CaseRuleException("企业只能报告本企业的隐患 (a firm reports its own hazards)", "creditCode", 403));
            }
        }
        else if (request.CreditCode is null)
        {
            return FieldProblem("creditCode", "请填写隐患所在企业的统一社会信用代码 (name the firm)");
        }
        else
        {
            UnifiedSocialCreditCode.TryParse(request.CreditCode, out creditCode);
        }
        var department = !selfReported && user.DepartmentCode is { } own ? own : DepartmentCatalogue.EmergencyManagement;
        var now = time.GetUtcNow();
        var hazard = Hazard.Report(creditCode!, department, severity, request.Description.Trim(), request.Place?.Trim(), user.Subject, selfReported, now,
            DueAt(severity, now, options.Value, calendar.Current));
        db.Hazards.Add(hazard);
        db.AddIntegrationEvent(
            new HazardReported(hazard.Id, hazard.CreditCode, hazard.DepartmentCode, severity.ToString(), selfReported, hazard.RectificationDueAt),
            aggregateKey: hazard.CreditCode);
        db.AddAudit(user, "hazard.reported", "hazard", hazard.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/governance/hazards/{hazard.Id}", HazardView.From(hazard, now, calendar.Current));
    }

    public static DateTimeOffset DueAt(HazardSeverity severity, DateTimeOffset from, GovernanceOptions options, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(from, severity == HazardSeverity.Major ? options.HazardMajorRectificationWorkingDays : options.HazardGeneralRectificationWorkingDays)
            .ToUniversalTime();

    public static async Task<Ok<Page<HazardView>>> List(
        [AsParameters] PageRequest page, [AsParameters] HazardQuery query, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hazards = VisibleTo(db.Hazards.AsNoTracking(), PlatformUser.From(principal));
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
        var hazards = VisibleTo(db.Hazards.AsNoTracking(), PlatformUser.From(principal));
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
        var found = await VisibleTo(db.Hazards.AsNoTracking(), PlatformUser.From(principal)).FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(HazardView.From(found, time.GetUtcNow(), calendar.Current));
    }

    public static Task<Results<Ok<HazardView>, NotFound, ProblemHttpResult>> ReportRectification(
        Guid id, RectificationRequest request, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "hazard.rectified", (h, _, now) =>
        {
            h.ReportRectification(request.Report.Trim(), now);
            return null;
        }, cancellationToken);

    public static Task<Results<Ok<HazardView>, NotFound, ProblemHttpResult>> Reinspect(
        Guid id, ReinspectionRequest request, ClaimsPrincipal principal, GovernanceContext db, IOptions<GovernanceOptions> options, HolidayCalendar calendar,
        TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "hazard.reinspected", (h, user, now) =>
        {
            var passed = request.Passed!.Value;
            h.Reinspect(passed, request.Note.Trim(), user.Subject, now, DueAt(h.Severity, now, options.Value, calendar.Current));
            return new HazardReinspected(h.Id, h.CreditCode, h.DepartmentCode, passed, h.FailedReinspections, passed ? null : h.RectificationDueAt);
        }, cancellationToken);

    private static async Task<Results<Ok<HazardView>, NotFound, ProblemHttpResult>> ApplyAsync(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, string auditAction,
        Func<Hazard, PlatformUser, DateTimeOffset, IntegrationEvent?> transition, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await VisibleTo(db.Hazards, user).FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        IntegrationEvent? happened;
        try
        {
            happened = transition(found, user, now);
        }
        catch (CaseRuleException rule)
        {
            return CaseProblems.From(rule);
        }
        db.AddAudit(user, auditAction, "hazard", found.Id.ToString(), now);
        if (happened is not null)
        {
            db.AddIntegrationEvent(happened, aggregateKey: found.CreditCode);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseProblems.From(new CaseRuleException("该隐患已被他人修改，请刷新 (the hazard was changed meanwhile)", statusCode: 409));
        }
        return TypedResults.Ok(HazardView.From(found, now, calendar.Current));
    }

    private static ProblemHttpResult FieldProblem(string field, string message) => CaseProblems.From(Failure.Invalid(field, message));

    /// <summary>A firm sees its own; an officer their department's; the centre and administrators all.</summary>
    private static IQueryable<Hazard> VisibleTo(IQueryable<Hazard> hazards, PlatformUser user)
    {
        if (user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin))
        {
            return hazards;
        }
        if (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode is { } department)
        {
            return hazards.Where(h => h.DepartmentCode == department);
        }
        if (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode)
        {
            return hazards.Where(h => h.CreditCode == creditCode);
        }
        return hazards.Where(_ => false);
    }
}
