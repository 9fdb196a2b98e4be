using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.Governance.Model.Cases;

using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Governance.Apis;

/// <summary>派单 → 签收 / 退单 → 办理 → 办结 → 回访: each step an endpoint, each audited, illegal steps 409.</summary>
public static class CaseWorkflowApi
{
    public static IEndpointRouteBuilder MapCaseWorkflowApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/cases/{id:guid}").WithTags("Case workflow");

        api.MapGet("/dispatch-recommendation", Recommend).WithName("RecommendDispatch")
            .WithSummary("Dispatch help: the department to choose and the predicted completion, from history and current load")
            .RequireAuthorization(GovernancePolicies.Centre);
        api.MapPost("/dispatch", Dispatch).WithName("DispatchCase")
            .WithSummary("派单: dispatch to a lead department and optional co-handlers; starts the working-day clocks")
            .RequireAuthorization(GovernancePolicies.Centre);
        api.MapPost("/sign-for", SignFor).WithName("SignForCase").WithSummary("签收: the lead department takes the case")
            .RequireAuthorization(GovernancePolicies.Departments);
        api.MapPost("/return", Return).WithName("ReturnCase").WithSummary("退单: the lead department returns the case with a coded reason")
            .RequireAuthorization(GovernancePolicies.Departments);
        api.MapPost("/notes", AddNote).WithName("AddCaseNote").WithSummary("A progress note by the lead, a co-handler or the centre")
            .RequireAuthorization(GovernancePolicies.CentreAndDepartments);
        api.MapPost("/co-handler-report", ReportAsCoHandler).WithName("ReportAsCoHandler")
            .WithSummary("A co-handler (协办) reports its part; the last report closes a case the lead has closed")
            .RequireAuthorization(GovernancePolicies.Departments);
        api.MapPost("/complete", CloseByLead).WithName("CompleteCase")
            .WithSummary("办结 by the lead department; a co-handled case closes once every co-handler has reported")
            .RequireAuthorization(GovernancePolicies.Departments);
        api.MapPost("/extensions", RequestExtension).WithName("RequestExtension").WithSummary("The lead department asks for more working days")
            .RequireAuthorization(GovernancePolicies.Departments);
        api.MapPost("/extensions/{extensionId:guid}/approve", ApproveExtension).WithName("ApproveExtension")
            .WithSummary("The centre approves an extension: the completion deadline moves")
            .RequireAuthorization(GovernancePolicies.Centre);
        api.MapPost("/extensions/{extensionId:guid}/reject", RejectExtension).WithName("RejectExtension")
            .WithSummary("The centre rejects an extension")
            .RequireAuthorization(GovernancePolicies.Centre);
        api.MapPost("/follow-up", FollowUp).WithName("FollowUpCase")
            .WithSummary("回访: satisfied completes the loop; unsatisfied reopens the case (重办)")
            .RequireAuthorization(GovernancePolicies.FollowUpCases);
        api.MapPost("/rating", Rate).WithName("RateCase")
            .WithSummary("评价: the filer rates the answer (1–5) once the case is closed; it is the case's 回访 (1–2 reopens it)")
            .RequireAuthorization(GovernancePolicies.RateCases);
        return app;
    }

    public static async Task<Results<Ok<DispatchRecommendation>, NotFound>> Recommend(
        Guid id, GovernanceContext db, HolidayCalendar calendars, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }
        var module = await db.Modules.AsNoTracking().FirstAsync(m => m.Code == found.ModuleCode, cancellationToken);
        var now = time.GetUtcNow();
        var since = now.AddYears(-1);
        var closed = await db.CaseDispatches.AsNoTracking()
            .Where(d => d.ReturnedAt == null && d.DispatchedAt >= since)
            .Join(db.Cases.Where(c => c.ModuleCode == found.ModuleCode && c.ClosedAt != null && c.DuplicateOfCaseId == null),
                d => d.CaseId, c => c.Id, (d, c) => new { d.DepartmentCode, d.DispatchedAt, ClosedAt = c.ClosedAt!.Value, c.LeadDepartmentCode })
            .Where(x => x.LeadDepartmentCode == x.DepartmentCode)
            .Take(5000)
            .ToListAsync(cancellationToken);
        var calendar = calendars.Current;
        var history = closed.ConvertAll(x => new DispatchHistory(x.DepartmentCode, calendar.CountWorkingDays(x.DispatchedAt, x.ClosedAt)));
        var load = await db.Cases.AsNoTracking()
            .Where(c => c.LeadDepartmentCode != null && (c.Status == CaseStatus.Dispatched || c.Status == CaseStatus.InProgress || c.Status == CaseStatus.AwaitingCoHandlers))
            .GroupBy(c => c.LeadDepartmentCode!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var advice = DispatchAdvisor.Recommend(module.DefaultDepartmentCode, module.CompletionWorkingDays, history, load);
        return TypedResults.Ok(new DispatchRecommendation(
            advice.RecommendedDepartmentCode, advice.PredictedWorkingDays,
            calendar.AddWorkingDays(now, advice.PredictedWorkingDays).ToUniversalTime(), advice.Candidates));
    }

    public static async Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> Dispatch(
        Guid id, DispatchCaseRequest request, ClaimsPrincipal principal, GovernanceContext db, CaseTransitions transitions,
        GovernanceMetrics metrics, CancellationToken cancellationToken)
    {
        var coHandlers = (request.CoHandlerDepartmentCodes ?? []).Select(c => c.Trim()).ToArray();
        var wanted = coHandlers.Append(request.LeadDepartmentCode).ToArray();
        var known = await db.Departments.Where(d => wanted.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
        if (!known.Contains(request.LeadDepartmentCode))
        {
            return CaseRefusals.From(new CaseRuleException($"没有部门 {request.LeadDepartmentCode} (there is no department {request.LeadDepartmentCode})", "leadDepartmentCode")).ToProblem();
        }
        if (coHandlers.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
        {
            return CaseRefusals.From(new CaseRuleException($"没有部门 {unknown} (there is no department {unknown})", "coHandlerDepartmentCodes")).ToProblem();
        }
        var modules = await db.Modules.AsNoTracking().ToDictionaryAsync(m => m.Code, cancellationToken);
        return await transitions.AnswerAsync(id, principal, "case.dispatched", (c, user, now) =>
        {
            var dispatched = c.Dispatch(request.LeadDepartmentCode, coHandlers, modules[c.ModuleCode], user.Subject, now, transitions.Calendar);
            metrics.Dispatched(request.LeadDepartmentCode);
            return dispatched;
        }, cancellationToken);
    }

    public static Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> SignFor(
        Guid id, ClaimsPrincipal principal, CaseTransitions transitions, GovernanceMetrics metrics, CancellationToken cancellationToken) =>
        transitions.AnswerAsync(id, principal, "case.signed-for", (c, user, now) =>
        {
            c.SignFor(DepartmentOf(user), user.Subject, now);
            metrics.SignedFor(c.LeadDepartmentCode!, now <= c.SignForDueAt);
            return null;
        }, cancellationToken);

    public static Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> Return(
        Guid id, ReturnCaseRequest request, ClaimsPrincipal principal, CaseTransitions transitions, GovernanceMetrics metrics, CancellationToken cancellationToken) =>
        transitions.AnswerAsync(id, principal, "case.returned", (c, user, now) =>
        {
            c.Return(DepartmentOf(user), request.ReasonCode!.Value, request.Note.Trim(), user.Subject, now);
            metrics.Returned(DepartmentOf(user), request.ReasonCode.Value);
            return null;
        }, cancellationToken);

    public static Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> AddNote(
        Guid id, CaseNoteRequest request, ClaimsPrincipal principal, CaseTransitions transitions, CancellationToken cancellationToken) =>
        transitions.AnswerAsync(id, principal, "case.note-added", (c, user, now) =>
        {
            c.AddProgressNote(user.IsInRole(PlatformRoles.DepartmentOfficer) ? DepartmentOf(user) : null, user.Subject, request.Text.Trim(), now);
            return null;
        }, cancellationToken);

    public static Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> ReportAsCoHandler(
        Guid id, CaseNoteRequest request, ClaimsPrincipal principal, CaseTransitions transitions, GovernanceMetrics metrics, CancellationToken cancellationToken) =>
        transitions.AnswerAsync(id, principal, "case.co-handler-reported", (c, user, now) =>
        {
            var closed = c.ReportAsCoHandler(DepartmentOf(user), request.Text.Trim(), user.Subject, now);
            if (closed is not null)
            {
                metrics.Closed(c.LeadDepartmentCode, c.ClosedOnTime == true);
            }
            return closed;
        }, cancellationToken);

    public static Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> CloseByLead(
        Guid id, CloseCaseRequest request, ClaimsPrincipal principal, CaseTransitions transitions, GovernanceMetrics metrics, CancellationToken cancellationToken) =>
        transitions.AnswerAsync(id, principal, "case.completed", (c, user, now) =>
        {
            var closed = c.CloseByLead(DepartmentOf(user), request.Resolution.Trim(), user.Subject, now);
            if (closed is not null)
            {
                metrics.Closed(c.LeadDepartmentCode, c.ClosedOnTime == true);
            }
            return closed;
        }, cancellationToken);

    /// <summary>201 with the new extension request and its address; the case itself is at <c>GET /cases/{id}</c>.</summary>
    public static async Task<Results<Created<ExtensionView>, NotFound, ProblemHttpResult>> RequestExtension(
        Guid id, ExtensionRequest request, ClaimsPrincipal principal, CaseTransitions transitions, CancellationToken cancellationToken)
    {
        CaseExtension? requested = null;
        var applied = await transitions.ApplyAsync(id, PlatformUser.From(principal), "case.extension-requested", (c, user, now) =>
        {
            requested = c.RequestExtension(DepartmentOf(user), request.WorkingDays, request.Reason.Trim(), user.Subject, now);
            return null;
        }, cancellationToken);
        if (applied.Succeeded && requested is not null)
        {
            return TypedResults.Created($"/api/governance/cases/{id}/extensions/{requested.Id}", ExtensionView.From(requested));
        }
        return applied.Failure is { } failure && failure != CaseRefusals.CaseNotFound ? failure.ToProblem() : TypedResults.NotFound();
    }

    public static Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> ApproveExtension(
        Guid id, Guid extensionId, ClaimsPrincipal principal, CaseTransitions transitions, CancellationToken cancellationToken) =>
        transitions.AnswerAsync(id, principal, "case.extension-approved", (c, user, now) =>
        {
            c.DecideExtension(extensionId, approve: true, user.Subject, now, transitions.Calendar);
            return null;
        }, cancellationToken);

    public static Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> RejectExtension(
        Guid id, Guid extensionId, ClaimsPrincipal principal, CaseTransitions transitions, CancellationToken cancellationToken) =>
        transitions.AnswerAsync(id, principal, "case.extension-rejected", (c, user, now) =>
        {
            c.DecideExtension(extensionId, approve: false, user.Subject, now, transitions.Calendar);
            return null;
        }, cancellationToken);

    public static async Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> FollowUp(
        Guid id, FollowUpRequest request, ClaimsPrincipal principal, GovernanceContext db, CaseTransitions transitions,
        GovernanceMetrics metrics, CancellationToken cancellationToken)
    {
        var modules = await db.Modules.AsNoTracking().ToDictionaryAsync(m => m.Code, cancellationToken);
        var satisfied = request.Satisfied!.Value;
        return await transitions.AnswerAsync(id, principal, satisfied ? "case.followed-up" : "case.reopened", (c, user, now) =>
        {
            var department = c.LeadDepartmentCode;
            var followedUp = c.FollowUp(satisfied, request.Comment.Trim(), user.Subject, modules[c.ModuleCode], now, transitions.Calendar);
            metrics.FollowedUp(department, satisfied);
            return followedUp;
        }, cancellationToken);
    }

    public static async Task<Results<Ok<CaseView>, NotFound, ProblemHttpResult>> Rate(
        Guid id, RateCaseRequest request, ClaimsPrincipal principal, GovernanceContext db, CaseTransitions transitions,
        GovernanceMetrics metrics, CancellationToken cancellationToken)
    {
        var modules = await db.Modules.AsNoTracking().ToDictionaryAsync(m => m.Code, cancellationToken);
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        return await transitions.AnswerAsync(id, principal, "case.rated", (c, user, now) =>
        {
            var department = c.LeadDepartmentCode;
            var rated = c.Rate(user.Subject, request.Rating, comment, CaseIntake.FilerOnTimeline, modules[c.ModuleCode], now, transitions.Calendar);
            metrics.FollowedUp(department, rated.Satisfied);
            return rated;
        }, cancellationToken);
    }

    /// <summary>An officer acts for the department in their token; without one they act for no department.</summary>
    private static string DepartmentOf(PlatformUser user) => user.DepartmentCode ?? "";
}
