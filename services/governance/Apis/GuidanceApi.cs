using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
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
        NotifyGuidanceRequest request, ClaimsPrincipal principal, Guidances guidances, HolidayCalendar calendar, TimeProvider time,
        CancellationToken cancellationToken)
    {
        UnifiedSocialCreditCode.TryParse(request.CreditCode, out var creditCode);
        var outcome = await guidances.NotifyAsync(creditCode!, request.Matters, request.SelfCorrectionWorkingDays, PlatformUser.From(principal), cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/governance/guidance/{outcome.Value.Id}", GuidanceView.From(outcome.Value, time.GetUtcNow(), calendar.Current))
            : outcome.Failure.ToProblem();
    }

    public static async Task<Results<Ok<Page<GuidanceView>>, ValidationProblem>> List(
        [AsParameters] PageRequest page, [AsParameters] GuidanceQuery query, ClaimsPrincipal principal, GovernanceContext db, HolidayCalendar calendar, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var guidance = db.Guidances.AsNoTracking().VisibleTo(PlatformUser.From(principal), FirmInDepartmentAccess.CentreRoles);
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
        var found = await db.Guidances.AsNoTracking().VisibleTo(PlatformUser.From(principal), FirmInDepartmentAccess.CentreRoles).FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(GuidanceView.From(found, time.GetUtcNow(), calendar.Current));
    }

    public static Task<Results<Ok<GuidanceView>, NotFound, ProblemHttpResult>> ReportSelfCorrection(
        Guid id, SelfCorrectionRequest request, ClaimsPrincipal principal, Guidances guidances, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, guidances, calendar, time, "guidance.self-corrected", (g, _, now) =>
        {
            g.ReportSelfCorrection(request.Report.Trim(), now);
            return null;
        }, cancellationToken);

    public static Task<Results<Ok<GuidanceView>, NotFound, ProblemHttpResult>> Inspect(
        Guid id, GuidanceInspectionRequest request, ClaimsPrincipal principal, Guidances guidances, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken) =>
        AnswerAsync(id, principal, guidances, calendar, time, "guidance.inspected", (g, user, now) =>
        {
            g.Inspect(request.Compliant!.Value, request.Note.Trim(), user.Subject, now);
            return new GuidanceInspected(g.Id, g.CreditCode, g.DepartmentCode, g.Compliant!.Value, g.SelfCorrectedOnTime);
        }, cancellationToken);

    private static async Task<Results<Ok<GuidanceView>, NotFound, ProblemHttpResult>> AnswerAsync(
        Guid id, ClaimsPrincipal principal, Guidances guidances, HolidayCalendar calendar, TimeProvider time, string auditAction,
        Guidances.Step step, CancellationToken cancellationToken)
    {
        var outcome = await guidances.ApplyAsync(id, PlatformUser.From(principal), auditAction, step, cancellationToken);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(GuidanceView.From(outcome.Value, time.GetUtcNow(), calendar.Current));
        }
        return ReferenceEquals(outcome.Failure, Guidances.NotFound) ? TypedResults.NotFound() : outcome.Failure.ToProblem();
    }
}
