using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Application;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Approval.Apis;

public static class TasksApi
{
    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/approval").WithTags("Tasks");

        api.MapGet("/tasks", ListTasks).WithName("ListTasks")
            .WithSummary("Tasks visible to the caller (an officer: their department's), soonest deadline first")
            .RequireAuthorization(ApprovalPolicies.ReadTasks);
        api.MapGet("/tasks/{id:guid}", GetTask).WithName("GetTask").WithSummary("One task with its clock")
            .RequireAuthorization(ApprovalPolicies.ReadTasks);
        api.MapGet("/inbox", Inbox).WithName("AgentInbox")
            .WithSummary("The agent's open tasks across their projects, ordered by deadline")
            .RequireAuthorization(ApprovalPolicies.Agents);

        api.MapPost("/tasks/{id:guid}/submit", Submit).WithName("SubmitTask")
            .WithSummary("Hand in materials (first submission, or the answer to a correction notice)")
            .RequireAuthorization(ApprovalPolicies.Submit);
        api.MapPost("/tasks/{id:guid}/resubmit", Resubmit).WithName("ResubmitTask")
            .WithSummary("重新申请: apply again after 不予许可, with every required material; a new attempt with its own clock")
            .RequireAuthorization(ApprovalPolicies.Submit);
        api.MapPost("/tasks/{id:guid}/accept", Accept).WithName("AcceptTask").WithSummary("受理: accept; the statutory clock starts")
            .RequireAuthorization(ApprovalPolicies.Decide);
        api.MapPost("/tasks/{id:guid}/request-correction", RequestCorrection).WithName("RequestCorrection")
            .WithSummary("补正: list every missing material at once (one notice per task)")
            .RequireAuthorization(ApprovalPolicies.Decide);
        api.MapPost("/tasks/{id:guid}/start-review", StartReview).WithName("StartReview").WithSummary("审查: start the substantive review")
            .RequireAuthorization(ApprovalPolicies.Decide);
        api.MapPost("/tasks/{id:guid}/suspend", Suspend).WithName("SuspendTask")
            .WithSummary("Stop the clock for an applicant supplement, expert review, hearing or testing (§45)")
            .RequireAuthorization(ApprovalPolicies.Decide);
        api.MapPost("/tasks/{id:guid}/resume", Resume).WithName("ResumeTask").WithSummary("Restart the clock")
            .RequireAuthorization(ApprovalPolicies.Decide);
        api.MapPost("/tasks/{id:guid}/extend", Extend).WithName("ExtendTask")
            .WithSummary("One extension of 10 working days with its reason; the caller is the approver (§42)")
            .RequireAuthorization(ApprovalPolicies.Decide);
        api.MapPost("/tasks/{id:guid}/approve", Approve).WithName("ApproveTask").WithSummary("办结: approve")
            .RequireAuthorization(ApprovalPolicies.Decide);
        api.MapPost("/tasks/{id:guid}/reject", Reject).WithName("RejectTask").WithSummary("不予许可: reject with the reason")
            .RequireAuthorization(ApprovalPolicies.Decide);
        return app;
    }

    public static async Task<Ok<Page<TaskView>>> ListTasks(
        [AsParameters] PageRequest page, [AsParameters] TaskQuery query, ClaimsPrincipal principal, ApprovalContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var now = time.GetUtcNow();
        var tasks = db.Tasks.AsNoTracking().VisibleTo(user, db);
        if (query.Status is { } status)
        {
            tasks = tasks.Where(t => t.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.SubItemCode))
        {
            tasks = tasks.Where(t => t.SubItemCode == query.SubItemCode);
        }
        if (query.Overdue is { } overdue)
        {
            // Stored deadlines are exact while the clock runs (they move only on resume and extension).
            tasks = overdue
                ? tasks.Where(t => (t.Status == ApprovalTaskStatus.Accepted || t.Status == ApprovalTaskStatus.UnderReview) && t.DueAt <= now)
                : tasks.Where(t => !((t.Status == ApprovalTaskStatus.Accepted || t.Status == ApprovalTaskStatus.UnderReview) && t.DueAt <= now));
        }
        return TypedResults.Ok(await ByDeadlineAsync(tasks, calendar.Current, page, now, cancellationToken));
    }

    public static async Task<Results<Ok<TaskView>, NotFound>> GetTask(
        Guid id, ClaimsPrincipal principal, ApprovalContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var task = await db.Tasks.AsNoTracking().VisibleTo(user, db).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return task is null ? TypedResults.NotFound() : TypedResults.Ok(TaskView.From(task, calendar.Current, time.GetUtcNow()));
    }

    public static async Task<Ok<Page<TaskView>>> Inbox(
        [AsParameters] PageRequest page, ClaimsPrincipal principal, ApprovalContext db, HolidayCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        // A rejected task stays in the agent's inbox: applying again (resubmit) is the agent's next step.
        var mayResubmit = user.IsInRole(PlatformRoles.Agent);
        var tasks = db.Tasks.AsNoTracking().VisibleTo(user, db)
            .Where(t => t.Status != ApprovalTaskStatus.Approved && (t.Status != ApprovalTaskStatus.Rejected || mayResubmit));
        return TypedResults.Ok(await ByDeadlineAsync(tasks, calendar.Current, page, time.GetUtcNow(), cancellationToken));
    }

    /// <summary>Soonest deadline first: the decision deadline once accepted, the §32 date while submitted; tasks without one last.</summary>
    private static async Task<Page<TaskView>> ByDeadlineAsync(IQueryable<ApprovalTask> tasks, WorkingDayCalendar calendar, PageRequest page, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var count = await tasks.LongCountAsync(cancellationToken);
        var items = await tasks
            .OrderBy(t => (t.DueAt ?? t.DeemedAcceptanceAt) == null)
            .ThenBy(t => t.DueAt ?? t.DeemedAcceptanceAt)
            .ThenBy(t => t.SubItemCode).ThenBy(t => t.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new Page<TaskView>(page.PageIndex, page.PageSize, count, items.ConvertAll(t => TaskView.From(t, calendar, now)));
    }

    public static async Task<Results<Ok<TaskView>, NotFound, ProblemHttpResult>> Submit(
        Guid id, SubmitMaterialsRequest request, ClaimsPrincipal principal, TaskWorkflow workflow, CancellationToken cancellationToken) =>
        Transitioned(await workflow.ApplyAsync(id, PlatformUser.From(principal), "submitted", string.Join("、", request.Materials),
            (task, c) => task.Submit(Trimmed(request.Materials), c.UnapprovedPrerequisites, c.Calendar, c.Now), cancellationToken));

    public static async Task<Results<Ok<TaskView>, NotFound, ProblemHttpResult>> Resubmit(
        Guid id, SubmitMaterialsRequest request, ClaimsPrincipal principal, TaskWorkflow workflow, CancellationToken cancellationToken) =>
        Transitioned(await workflow.ApplyAsync(id, PlatformUser.From(principal), "resubmitted", "不予许可后重新申请：" + string.Join("、", request.Materials),
            (task, c) => task.Resubmit(Trimmed(request.Materials), c.UnapprovedPrerequisites, c.Calendar, c.Now), cancellationToken));

    public static async Task<Results<Ok<TaskView>, NotFound, ProblemHttpResult>> Accept(
        Guid id, ClaimsPrincipal principal, TaskWorkflow workflow, CancellationToken cancellationToken) =>
        Transitioned(await workflow.ApplyAsync(id, PlatformUser.From(principal), "accepted", null, (task, c) => task.Accept(c.Calendar, c.Now), cancellationToken));

    public static async Task<Results<Ok<TaskView>, NotFound, ProblemHttpResult>> RequestCorrection(
        Guid id, CorrectionRequest request, ClaimsPrincipal principal, TaskWorkflow workflow, CancellationToken cancellationToken) =>
        Transitioned(await workflow.ApplyAsync(id, PlatformUser.From(principal), "correction-requested", "一次性告知补正材料：" + string.Join("、", request.MissingMaterials),
            (task, c) => task.RequestCorrection(Trimmed(request.MissingMaterials), c.Now), cancellationToken));

    public static async Task<Results<Ok<TaskView>, NotFound, ProblemHttpResult>> StartReview(
        Guid id, ClaimsPrincipal principal, TaskWorkflow workflow, CancellationToken cancellationToken) =>
        Transitioned(await workflow.ApplyAsync(id, PlatformUser.From(principal), "review-started", null, (task, _) => task.StartReview(), cancellationToken));

    public static async Task<Results<Ok<TaskView>, NotFound, ProblemHttpResult>> Suspend(
        Guid id, SuspendRequest request, ClaimsPrincipal principal, TaskWorkflow workflow, CancellationToken cancellationToken) =>
        Transitioned(await workflow.ApplyAsync(id, PlatformUser.From(principal), "suspended", $"{request.Kind}: {request.Reason.Trim()}",
            (task, c) => task.Suspend(request.Kind!.Value, request.Reason.Trim(), c.Now), cancellationToken));

    public static async Task<Results<Ok<TaskView>, NotFound, ProblemHttpResult>> Resume(
        Guid id, ClaimsPrincipal principal, TaskWorkflow workflow, CancellationToken cancellationToken) =>
        Transitioned(await workflow.ApplyAsync(id, PlatformUser.From(principal), "resumed", null, (task, c) => task.Resume(c.Calendar, c.Now), cancellationToken));

    public static async Task<Results<Ok<TaskView>, NotFound, ProblemHttpResult>> Extend(
        Guid id, ExtendRequest request, ClaimsPrincipal principal, TaskWorkflow workflow, CancellationToken cancellationToken) =>
        Transitioned(await workflow.ApplyAsync(id, PlatformUser.From(principal), "extended", request.Reason.Trim(),
            (task, c) => task.Extend(request.Reason.Trim(), c.User.Name ?? c.User.Subject, c.Calendar, c.Now), cancellationToken));

    public static async Task<Results<Ok<TaskView>, NotFound, ProblemHttpResult>> Approve(
        Guid id, DecisionRequest? request, ClaimsPrincipal principal, TaskWorkflow workflow, CancellationToken cancellationToken) =>
        Transitioned(await workflow.ApplyAsync(id, PlatformUser.From(principal), "approved", request?.Reason?.Trim(),
            (task, c) => task.Decide(true, request?.Reason?.Trim(), c.UnapprovedPrerequisites, c.Calendar, c.Now), cancellationToken));

    public static async Task<Results<Ok<TaskView>, NotFound, ProblemHttpResult>> Reject(
        Guid id, RejectRequest request, ClaimsPrincipal principal, TaskWorkflow workflow, CancellationToken cancellationToken) =>
        Transitioned(await workflow.ApplyAsync(id, PlatformUser.From(principal), "rejected", request.Reason.Trim(),
            (task, c) => task.Decide(false, request.Reason.Trim(), c.UnapprovedPrerequisites, c.Calendar, c.Now), cancellationToken));

    /// <summary>The task as the transition left it; a task the caller cannot see is a plain 404, a refusal its problem.</summary>
    private static Results<Ok<TaskView>, NotFound, ProblemHttpResult> Transitioned(Outcome<TaskTransitioned> outcome) =>
        outcome.Succeeded ? TypedResults.Ok(TaskView.From(outcome.Value.Task, outcome.Value.Calendar, outcome.Value.At))
        : outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound()
        : outcome.Failure.ToProblem();

    private static string[] Trimmed(string[] values) => [.. values.Select(v => v?.Trim() ?? "")];
}
