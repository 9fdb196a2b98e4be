using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Approval.Consumers;

/// <summary>
/// A year's holiday schedule was confirmed: keeps the replica, then counts again every open task deadline (and §32 deemed
/// acceptance date) from that year on, publishing each one that moved, and re-predicts the groundbreaking of active projects.
/// </summary>
public sealed class HolidayScheduleConfirmedConsumer(IServiceProvider services, HolidayCalendar calendar, TimeProvider time)
    : InboxConsumer<HolidayScheduleConfirmed, ApprovalContext>(services)
{
    protected override Task HandleAsync(HolidayScheduleConfirmed message, ApprovalContext db, CancellationToken cancellationToken) =>
        HolidayScheduleReplication.ApplyAsync(db, calendar, time, message,
            (schedule, confirmed, now) => RecomputeDeadlinesAsync(db, schedule, confirmed, now, cancellationToken), cancellationToken);

    private static async Task RecomputeDeadlinesAsync(ApprovalContext db, HolidaySchedule schedule, WorkingDayCalendar confirmed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A deadline before the year's first day was counted over earlier, unchanged years.
        var yearStart = ChinaTime.StartOfDay(new DateOnly(schedule.Year, 1, 1)).ToUniversalTime();
        var tasks = await db.Tasks
            .Where(t => ((t.Status == ApprovalTaskStatus.Accepted || t.Status == ApprovalTaskStatus.UnderReview) && t.DueAt >= yearStart)
                || (t.Status == ApprovalTaskStatus.Submitted && t.DeemedAcceptanceAt >= yearStart))
            .ToListAsync(cancellationToken);
        var movedProjects = new HashSet<Guid>();
        foreach (var task in tasks)
        {
            if (task.RecomputeDeadlines(confirmed, now) is not { } previous)
            {
                continue;
            }
            movedProjects.Add(task.ProjectId);
            var due = task.DueAt ?? task.DeemedAcceptanceAt!.Value;
            db.AddIntegrationEvent(
                new TaskDeadlineChanged(task.ProjectId, task.Id, task.SubItemCode, task.CreditCode, previous, due, schedule.Year) { OccurredAt = now },
                task.ProjectId.ToString());
            db.Timeline.Add(TimelineEntry.For(task.ProjectId, task, "task.deadline-recomputed", null, null,
                $"{schedule.Year} 年节假日安排已确认（{schedule.Notice}），期限由 {previous.ToOffset(ChinaTime.Offset):yyyy-MM-dd HH:mm} 改为 {due.ToOffset(ChinaTime.Offset):yyyy-MM-dd HH:mm}",
                "system", now));
            db.AddAudit(HolidayScheduleReplication.CalendarOwner, "task.deadline-recomputed", "approval-task", task.Id.ToString(), now);
        }

        var firstDay = new DateOnly(schedule.Year, 1, 1);
        var projects = await db.Projects
            .Where(p => p.Status == ProjectStatus.Active && (p.PredictedGroundbreaking >= firstDay || movedProjects.Contains(p.Id)))
            .ToListAsync(cancellationToken);
        foreach (var project in projects)
        {
            var siblings = await db.Tasks.Where(t => t.ProjectId == project.Id).ToListAsync(cancellationToken);
            var predicted = ProjectPlanner.Predict(siblings, confirmed, now).PredictedGroundbreaking;
            if (predicted != project.PredictedGroundbreaking)
            {
                project.RecordPrediction(predicted, now);
                db.AddAudit(HolidayScheduleReplication.CalendarOwner, "project.prediction-recomputed", "approval-project", project.Id.ToString(), now);
            }
        }
    }
}
