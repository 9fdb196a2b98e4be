using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.Approval.Operations;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Approval.Application;

/// <summary>What a transition needs besides the task: the prerequisites still unapproved in the same project, the clock, the time.</summary>
public sealed record TransitionContext(IReadOnlyCollection<string> UnapprovedPrerequisites, WorkingDayCalendar Calendar, DateTimeOffset Now, PlatformUser User);

/// <summary>The task as a transition left it, with the calendar and instant it was judged by (its view is shown as of then).</summary>
public sealed record TaskTransitioned(ApprovalTask Task, WorkingDayCalendar Calendar, DateTimeOffset At);

/// <summary>
/// One transition of one task on the platform's transition runner: find it (not found if the caller cannot see it),
/// check the caller may act on it, apply the rule, then write the change, its timeline entry, audit record, new
/// prediction and events in one SaveChanges. Refusals are domain failures; the API turns them into problems.
/// </summary>
public sealed class TaskWorkflow(ApprovalContext db, TimeProvider time, ApprovalMetrics metrics, HolidayCalendar calendars, ILogger<TaskWorkflow> logger)
{
    /// <summary>The calendar deadlines are counted with, confirmed schedules included.</summary>
    public WorkingDayCalendar Calendar => calendars.Current;

    public async Task<Outcome<TaskTransitioned>> ApplyAsync(
        Guid taskId, PlatformUser user, string action, string? note,
        Func<ApprovalTask, TransitionContext, TransitionRefusal?> transition, CancellationToken cancellationToken)
    {
        Project project = null!;
        List<ApprovalTask> siblings = [];
        var calendar = Calendar;
        var now = DateTimeOffset.MinValue;
        var before = ApprovalTaskStatus.Draft;
        var deemed = false;
        var readyNow = false;
        var outcome = await db.RunAsync(new Transition<ApprovalTask>
        {
            Find = ct => db.Tasks.VisibleTo(user, db).FirstOrDefaultAsync(t => t.Id == taskId, ct),
            NotFound = Failure.NotFound("id", $"事项 {taskId} 不存在 (task {taskId} does not exist)"),
            Authorize = async (task, ct) =>
            {
                project = await db.Projects.FirstAsync(p => p.Id == task.ProjectId, ct);
                return await ActorRefusalAsync(task, project, user, action, ct);
            },
            Apply = async (task, ct) =>
            {
                siblings = await db.Tasks.Where(t => t.ProjectId == task.ProjectId).ToListAsync(ct);
                now = time.GetUtcNow();
                before = task.Status;
                deemed = task.ApplyDeemedAcceptance(calendar, now);
                var approved = siblings.Where(t => t.Status == ApprovalTaskStatus.Approved).Select(t => t.SubItemCode).ToHashSet();
                var present = siblings.Select(t => t.SubItemCode).ToHashSet();
                var unapproved = task.Prerequisites.Where(p => present.Contains(p) && !approved.Contains(p)).ToList();
                // A refusal writes nothing: not even a deemed acceptance found on the way (the clock job records those).
                return transition(task, new TransitionContext(unapproved, calendar, now, user)) is { } refusal
                    ? refusal.ToFailure(task.Status)
                    : null;
            },
            Record = task =>
            {
                if (deemed)
                {
                    db.Timeline.Add(TimelineEntry.For(project.Id, task, "task.deemed-accepted", before.ToString(), ApprovalTaskStatus.Accepted.ToString(), "逾期未告知补正，视为受理（行政许可法第三十二条）", "system", now));
                    before = ApprovalTaskStatus.Accepted;
                }
                db.Timeline.Add(TimelineEntry.For(project.Id, task, "task." + action, before.ToString(), task.Status.ToString(), note, user.Subject, now));
                db.AddAudit(user, "task." + action, "approval-task", task.Id.ToString(), now);
                if (task.IsDecided)
                {
                    db.AddIntegrationEvent(new ApprovalTaskCompleted(
                        project.Id, task.Id, task.SubItemCode, task.CreditCode, task.Status == ApprovalTaskStatus.Approved, task.WorkingDaysUsed ?? 0)
                    { OccurredAt = now }, project.Id.ToString());
                }
                var prediction = ProjectPlanner.Predict(siblings, calendar, now);
                project.RecordPrediction(prediction.PredictedGroundbreaking, now);
                if (prediction.Ready && project.MarkReadyForConstruction(ChinaTime.ToChinaDate(now)))
                {
                    readyNow = true;
                    db.AddIntegrationEvent(new ProjectReadyForConstruction(project.Id, project.Name, project.CreditCode, project.ReadyOn!.Value) { OccurredAt = now }, project.Id.ToString());
                    db.Timeline.Add(TimelineEntry.For(project.Id, null, "project.ready-for-construction", ProjectStatus.Active.ToString(), ProjectStatus.ReadyForConstruction.ToString(), "全部开工前置事项已办结，具备开工条件", "system", now));
                    db.AddAudit(user, "project.ready-for-construction", "approval-project", project.Id.ToString(), now);
                }
            },
            AfterSave = task =>
            {
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
            },
            // Someone changed the task (or project) between our read and our write: report the state they left.
            ConcurrentChangeFrom = current => Failure.Conflict("", $"事项 {current.SubItemCode} 当前为 {current.Status} (task {current.SubItemCode} is now {current.Status})")
                .Titled("处理期间事项已被修改 (the task changed while this request was being handled)")
                .With("currentState", current.Status.ToString()),
        }, cancellationToken);

        return outcome.Map(task => new TaskTransitioned(task, calendar, now));
    }

    /// <summary>
    /// The applicant side acts as the firm itself or as its assigned agent holding an active delegation (委托代办);
    /// decisions are taken by an officer of the task's department (visibility already limits officers to it).
    /// </summary>
    private async Task<Failure?> ActorRefusalAsync(ApprovalTask task, Project project, PlatformUser user, string action, CancellationToken cancellationToken)
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
                return delegated ? null : Failure.Forbidden("delegation",
                        $"企业尚未将项目 {project.Name} 委托您代办，请先请企业办理委托 (the firm has not delegated project {project.Name} to you; ask it to grant a delegation first)")
                    .Titled("企业未委托代办 (no delegation from the firm)");
            }
            return Failure.Forbidden("", "")
                .Titled("只有企业本身或其受委托的帮代办专员可以提交申请材料 (only the firm or its delegated agent submits materials).");
        }
        return user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode == task.DepartmentCode
            ? null
            : Failure.Forbidden("", "").Titled($"只有 {task.DepartmentCode} 部门的工作人员可以审批此事项 (only an officer of department {task.DepartmentCode} decides on this task)");
    }
}
