using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.Approval.Operations;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Approval.Jobs;

/// <summary>
/// The statutory clock's round: submissions left unanswered for 5 working days become accepted (§32), and tasks past
/// their deadline raise <see cref="ApprovalTaskOverdue"/> — once per task and attempt. One replica runs a round at a time (advisory
/// lock); each task is also saved under its row version with its "overdue notified" mark, so even a repeated or
/// concurrent round cannot publish a second event for the same attempt.
/// </summary>
public sealed class ApprovalClockJob(ApprovalContext db, TimeProvider time, ApprovalMetrics metrics, HolidayCalendar calendar, ILogger<ApprovalClockJob> logger) : IScheduledJob
{
    public const int BatchSize = 200;

    private static readonly PlatformUser Clock = PlatformUser.System("approval-clock", "审批时限监控");

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var deemed = await AcceptUnansweredSubmissionsAsync(cancellationToken);
        var overdue = await ReportOverdueTasksAsync(cancellationToken);
        if (deemed + overdue > 0)
        {
            ApprovalLog.ClockRound(logger, deemed, overdue);
        }
    }

    private async Task<int> AcceptUnansweredSubmissionsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Tasks.AsNoTracking()
            .Where(t => t.Status == ApprovalTaskStatus.Submitted && t.DeemedAcceptanceAt <= now)
            .OrderBy(t => t.DeemedAcceptanceAt).Select(t => t.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var task = await db.Tasks.FirstAsync(t => t.Id == id, cancellationToken);
            if (!task.ApplyDeemedAcceptance(calendar.Current, now))
            {
                continue;
            }
            db.Timeline.Add(TimelineEntry.For(task.ProjectId, task, "task.deemed-accepted", nameof(ApprovalTaskStatus.Submitted), nameof(ApprovalTaskStatus.Accepted),
                "逾期未告知补正，视为受理（行政许可法第三十二条）", Clock.Subject, now));
            db.AddAudit(Clock, "task.deemed-accepted", "approval-task", task.Id.ToString(), now);
            if (await TrySaveAsync(cancellationToken))
            {
                count++;
                metrics.TaskAccepted(task.DepartmentCode, deemed: true);
            }
        }
        return count;
    }

    private async Task<int> ReportOverdueTasksAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await db.Tasks.AsNoTracking()
            .Where(t => (t.Status == ApprovalTaskStatus.Accepted || t.Status == ApprovalTaskStatus.UnderReview)
                && t.OverdueNotifiedAt == null && t.DueAt <= now)
            .OrderBy(t => t.DueAt).Select(t => t.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var id in candidates)
        {
            db.ChangeTracker.Clear();
            var task = await db.Tasks.FirstAsync(t => t.Id == id, cancellationToken);
            if (!task.IsOverdue(calendar.Current, now) || !task.MarkOverdueNotified(now))
            {
                continue;
            }
            var dueAt = task.ComputeDueAt(calendar.Current, now)!.Value;
            db.AddIntegrationEvent(new ApprovalTaskOverdue(
                task.ProjectId, task.Id, task.SubItemCode, task.SubItemName, task.DepartmentCode, task.CreditCode, dueAt)
            { OccurredAt = now }, task.ProjectId.ToString());
            db.Timeline.Add(TimelineEntry.For(task.ProjectId, task, "task.overdue", null, null,
                $"超过法定时限（{dueAt:yyyy-MM-dd HH:mm} 到期），已提请治理中心督办", Clock.Subject, now));
            db.AddAudit(Clock, "task.overdue-reported", "approval-task", task.Id.ToString(), now);
            if (await TrySaveAsync(cancellationToken))
            {
                count++;
                metrics.TaskOverdue(task.DepartmentCode);
                ApprovalLog.TaskOverdue(logger, task.Id, task.SubItemCode, dueAt);
            }
        }
        return count;
    }

    /// <summary>False when the task changed since it was read (an officer acted, or another round got there first).</summary>
    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
