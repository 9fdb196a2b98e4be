using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Extensions;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Approval.Apis;

/// <summary>What a transition needs besides the task: the prerequisites still unapproved in the same project, the clock, the time.</summary>
public sealed record TransitionContext(IReadOnlyCollection<string> UnapprovedPrerequisites, WorkingDayCalendar Calendar, DateTimeOffset Now, PlatformUser User);

/// <summary>
/// One transition of one task, the same way every time: find it (404 if the caller cannot see it), check the caller may
/// act on it, apply the rule, then write the change, its timeline entry, audit record, new prediction and events in one SaveChanges.
/// </summary>
public sealed class TaskWorkflow(ApprovalContext db, TimeProvider time, ApprovalMetrics metrics, HolidayCalendar calendars, ILogger<TaskWorkflow> logger)
{
    /// <summary>The calendar deadlines are counted with, confirmed schedules included.</summary>
    public WorkingDayCalendar Calendar => calendars.Current;

    public async Task<Results<Ok<TaskView>, NotFound, ProblemHttpResult>> ApplyAsync(
        Guid taskId, PlatformUser user, string action, string? note,
        Func<ApprovalTask, TransitionContext, TransitionRefusal?> transition, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.VisibleTo(user, db).FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return TypedResults.NotFound();
        }
        var project = await db.Projects.FirstAsync(p => p.Id == task.ProjectId, cancellationToken);
        if (await ActorRefusalAsync(task, project, user, action, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var siblings = await db.Tasks.Where(t => t.ProjectId == task.ProjectId).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var before = task.Status;
        var deemed = task.ApplyDeemedAcceptance(Calendar, now);
        var approved = siblings.Where(t => t.Status == ApprovalTaskStatus.Approved).Select(t => t.SubItemCode).ToHashSet();
        var present = siblings.Select(t => t.SubItemCode).ToHashSet();
        var unapproved = task.Prerequisites.Where(p => present.Contains(p) && !approved.Contains(p)).ToList();

        var refusal = transition(task, new TransitionContext(unapproved, Calendar, now, user));
        if (refusal is not null)
        {
            // Nothing is written: not even a deemed acceptance found on the way (the clock job records those).
            return ApprovalProblems.From(refusal, task.Status);
        }

        if (deemed)
        {
            db.Timeline.Add(TimelineEntry.For(project.Id, task, "task.deemed-accepted", before.ToString(), ApprovalTaskStatus.Accepted.ToString(), "逾期未告知补正，视为受理（行政许可法第三十二条）", "system", now));
            before = ApprovalTaskStatus.Accepted;
        }
        db.Timeline.Add(TimelineEntry.For(project.Id, task, "task." + action, before.ToString(), task.Status.ToString(), note, user.Subject, now));
        db.AddAudit(user, "task." + action, "approval-task", task.Id.ToString(), now);

        var readyNow = false;
        if (task.IsDecided)
        {
            db.AddIntegrationEvent(new ApprovalTaskCompleted(
                project.Id, task.Id, task.SubItemCode, task.CreditCode, task.Status == ApprovalTaskStatus.Approved, task.WorkingDaysUsed ?? 0)
            { OccurredAt = now }, project.Id.ToString());
        }
        var prediction = ProjectPlanner.Predict(siblings, Calendar, now);
        project.RecordPrediction(prediction.PredictedGroundbreaking, now);
        if (prediction.Ready && project.MarkReadyForConstruction(WorkingDayCalendar.ToChinaDate(now)))
        {
            readyNow = true;
            db.AddIntegrationEvent(new ProjectReadyForConstruction(project.Id, project.Name, project.CreditCode, project.ReadyOn!.Value) { OccurredAt = now }, project.Id.ToString());
            db.Timeline.Add(TimelineEntry.For(project.Id, null, "project.ready-for-construction", ProjectStatus.Active.ToString(), ProjectStatus.ReadyForConstruction.ToString(), "全部开工前置事项已办结，具备开工条件", "system", now));
            db.AddAudit(user, "project.ready-for-construction", "approval-project", project.Id.ToString(), now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed the task (or project) between our read and our write: report the state they left.
            db.ChangeTracker.Clear();
            var current = await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == taskId, cancellationToken);
            return TypedResults.Problem(
                title: "处理期间事项已被修改 (the task changed while this request was being handled)",
                detail: $"事项 {current.SubItemCode} 当前为 {current.Status} (task {current.SubItemCode} is now {current.Status})",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["currentState"] = current.Status.ToString() });
        }

        ApprovalLog.TaskTransition(logger, task.Id, task.SubItemCode, before.ToString(), task.Status.ToString());
        if (deemed || task.Status == ApprovalTaskStatus.Accepted && before == ApprovalTaskStatus.Submitted)
        {
            metrics.TaskAccepted(task.DepartmentCode, task.DeemedAccepted);
        }
        if (task.IsDecided)
        {
            metrics.TaskDecided(task.SubItemCode, task.DepartmentCode, task.Status == ApprovalTaskStatus.Approved, task.WorkingDaysUsed ?? 0);
        }
        if (readyNow)
        {
            metrics.ProjectReady();
            ApprovalLog.ProjectReady(logger, project.Id, project.ReadyOn!.Value);
        }
        return TypedResults.Ok(TaskView.From(task, Calendar, now));
    }

    /// <summary>
    /// The applicant side acts as the firm itself or as its assigned agent holding an active delegation (委托代办);
    /// decisions are taken by an officer of the task's department (visibility already limits officers to it).
    /// </summary>
    private async Task<ProblemHttpResult?> ActorRefusalAsync(ApprovalTask task, Project project, PlatformUser user, string action, CancellationToken cancellationToken)
    {
        var applicantAction = action is "submitted" or "resubmitted";
        if (applicantAction)
        {
            if (user.IsInRole(PlatformRoles.Firm))
            {
                return null;
            }
            if (user.IsInRole(PlatformRoles.Agent))
            {
                var delegated = await db.Delegations.AnyAsync(
                    d => d.ProjectId == project.Id && d.AgentSubject == user.Subject && d.EndedAt == null, cancellationToken);
                return delegated ? null : ApprovalProblems.Field(StatusCodes.Status403Forbidden,
                    "企业未委托代办 (no delegation from the firm)", "delegation",
                    $"企业尚未将项目 {project.Name} 委托您代办，请先请企业办理委托 (the firm has not delegated project {project.Name} to you; ask it to grant a delegation first)");
            }
            return TypedResults.Problem(title: "只有企业本身或其受委托的帮代办专员可以提交申请材料 (only the firm or its delegated agent submits materials).",
                statusCode: StatusCodes.Status403Forbidden);
        }
        return user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode == task.DepartmentCode
            ? null
            : TypedResults.Problem(title: $"只有 {task.DepartmentCode} 部门的工作人员可以审批此事项 (only an officer of department {task.DepartmentCode} decides on this task)", statusCode: StatusCodes.Status403Forbidden);
    }
}
