using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
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

namespace Qingmeng.Governance.Apis;

/// <summary>
/// 帮扶指导 (包容审慎): a department officer notifies a firm in advance, the firm corrects itself and reports, the
/// department inspects afterwards. A firm sees and reports on its own guidance only; officers see their department's.
/// </summary>
public static class GuidanceApi
{
    public static IEndpointRouteBuilder MapGuidanceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/guidance").WithTags("Lenient enforcement");
        api.MapPost("/", Notify).WithName("NotifyGuidance")
            .WithSummary("提前告知: what will be inspected; the self-correction period runs on the working-day calendar")
            .RequireAuthorization(GovernancePolicies.DepartmentOfficers);
        api.MapGet("/", List).WithName("ListGuidance").WithSummary("Guidance visible to the caller, nearest deadline first")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        api.MapGet("/{id:guid}", Get).WithName("GetGuidance").WithSummary("One guidance")
            .RequireAuthorization(GovernancePolicies.FirmsAndOfficials);
        api.MapPost("/{id:guid}/self-correction", ReportSelfCorrection).WithName("ReportSelfCorrection")
            .WithSummary("自查自改: the firm reports what it corrected").RequireAuthorization(GovernancePolicies.Firms);
        api.MapPost("/{id:guid}/inspection", Inspect).WithName("RecordGuidanceInspection")
            .WithSummary("The inspection, after the firm's report or once the period is over")
            .RequireAuthorization(GovernancePolicies.DepartmentOfficers);
        return app;
    }

    public static async Task<Results<Created<GuidanceView>, ProblemHttpResult>> Notify(
        NotifyGuidanceRequest request, ClaimsPrincipal principal, GovernanceContext db, IOptions<GovernanceOptions> options, HolidayCalendar calendar, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (user.DepartmentCode is not { } department)
        {
            return CaseProblems.From(new CaseRuleException("告知须由部门执法人员发出 (guidance is given by a department's officer)", statusCode: 403));
        }
        var now = time.GetUtcNow();
        UnifiedSocialCreditCode.TryParse(request.CreditCode, out var creditCode);
        var guidance = Guidance.Notify(creditCode!, department, request.Matters.Trim(),
            request.SelfCorrectionWorkingDays ?? options.Value.GuidanceSelfCorrectionWorkingDays, user.Subject, now, calendar.Current);
        db.Guidances.Add(guidance);
        db.AddIntegrationEvent(new GuidanceNoticeIssued(guidance.Id, guidance.CreditCode, department, guidance.SelfCorrectionDueAt), aggregateKey: guidance.CreditCode);
        db.AddAudit(user, "guidance.notified", "guidance", guidance.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/governance/guidance/{guidance.Id}", GuidanceView.From(guidance, now, calendar.Current));
    }

    public static async Task<Results<Ok<Page<GuidanceView>>, ValidationProblem>> List(
        [AsParameters] PageRequest page, [AsParameters] GuidanceQuery query, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var guidance = VisibleTo(db.Guidances.AsNoTracking(), PlatformUser.From(principal));
        if (query.Status is { } status)
        {
            guidance = guidance.Where(g => g.Status == status);
        }
        if (query.Overdue is { } overdue)
        {
            guidance = overdue
                ? guidance.Where(g => g.Status == GuidanceStatus.Notified && g.SelfCorrectionDueAt <= now)
                : guidance.Where(g => g.Status != GuidanceStatus.Notified || g.SelfCorrectionDueAt > now);
        }
        var count = await guidance.LongCountAsync(cancellationToken);
        var items = await guidance.OrderBy(g => g.Status == GuidanceStatus.Inspected).ThenBy(g => g.SelfCorrectionDueAt).ThenBy(g => g.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<GuidanceView>(page.PageIndex, page.PageSize, count, items.ConvertAll(g => GuidanceView.From(g, now, calendar.Current))));
    }

    public static async Task<Results<Ok<GuidanceView>, NotFound>> Get(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = await VisibleTo(db.Guidances.AsNoTracking(), PlatformUser.From(principal)).FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(GuidanceView.From(found, time.GetUtcNow(), calendar.Current));
    }

    public static Task<Results<Ok<GuidanceView>, NotFound, ProblemHttpResult>> ReportSelfCorrection(
        Guid id, SelfCorrectionRequest request, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "guidance.self-corrected", (g, _, now) =>
        {
            g.ReportSelfCorrection(request.Report.Trim(), now);
            return null;
        }, cancellationToken);

    public static Task<Results<Ok<GuidanceView>, NotFound, ProblemHttpResult>> Inspect(
        Guid id, GuidanceInspectionRequest request, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        ApplyAsync(id, principal, db, calendar, time, "guidance.inspected", (g, user, now) =>
        {
            g.Inspect(request.Compliant!.Value, request.Note.Trim(), user.Subject, now);
            return new GuidanceInspected(g.Id, g.CreditCode, g.DepartmentCode, g.Compliant!.Value, g.SelfCorrectedOnTime);
        }, cancellationToken);

    private static async Task<Results<Ok<GuidanceView>, NotFound, ProblemHttpResult>> ApplyAsync(
        Guid id, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time, string auditAction,
        Func<Guidance, PlatformUser, DateTimeOffset, IntegrationEvent?> transition, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await VisibleTo(db.Guidances, user).FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
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
        db.AddAudit(user, auditAction, "guidance", found.Id.ToString(), now);
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
            return CaseProblems.From(new CaseRuleException("该帮扶指导已被他人修改，请刷新 (the guidance was changed meanwhile)", statusCode: 409));
        }
        return TypedResults.Ok(GuidanceView.From(found, now, calendar.Current));
    }

    /// <summary>A firm sees its own; an officer their department's; the centre and administrators all.</summary>
    private static IQueryable<Guidance> VisibleTo(IQueryable<Guidance> guidance, PlatformUser user)
    {
        if (user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin))
        {
            return guidance;
        }
        if (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode is { } department)
        {
            return guidance.Where(g => g.DepartmentCode == department);
        }
        if (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode)
        {
            return guidance.Where(g => g.CreditCode == creditCode);
        }
        return guidance.Where(_ => false);
    }
}
