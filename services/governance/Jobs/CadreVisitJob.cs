using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Operations;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Qingmeng.Governance.Jobs;

/// <summary>
/// 领导干部联系企业: flags each active assignment whose firm was not visited within the period, once per missed due date
/// (the row version makes a second replica's flag fail), with the <see cref="CadreVisitOverdue"/> event, the audit entry
/// and a reminder to the cadre. A later visit moves the due date, so the next miss is flagged again.
/// </summary>
public sealed class CadreVisitJob(GovernanceContext db, INotificationSender notifications, TimeProvider time, ILogger<CadreVisitJob> logger) : IScheduledJob
{
    public const string NotificationCategory = "cadre-visit-supervision";

    public static readonly PlatformUser Supervisor = PlatformUser.System("service:cadre-visit", "联系企业督促");

    private const int BatchSize = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.CadreAssignments
            .Where(a => a.Active && a.VisitDueAt <= now && (a.FlaggedDueAt == null || a.FlaggedDueAt != a.VisitDueAt))
            .OrderBy(a => a.VisitDueAt).Take(BatchSize).Select(a => a.Id).ToListAsync(cancellationToken);
        var flagged = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var assignment = await db.CadreAssignments.FirstAsync(a => a.Id == id, cancellationToken);
            if (!assignment.FlagVisitOverdue(now))
            {
                continue;
            }
            db.AddIntegrationEvent(
                new CadreVisitOverdue(assignment.Id, assignment.CreditCode, assignment.CadreSubject, assignment.VisitDueAt), aggregateKey: assignment.CreditCode);
            db.AddAudit(Supervisor, "engagement.visit-overdue", "engagement-assignment", assignment.Id.ToString(), now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                continue;
            }
            var dueAt = ChinaTime.ToChinaTime(assignment.VisitDueAt);
            await notifications.SendAsync(new Notification(
                $"cadre-visit-overdue:{assignment.Id:N}:{assignment.VisitDueAt.ToUnixTimeSeconds()}", assignment.CadreSubject, NotificationCategory,
                $"【提醒】您联系的企业 {assignment.CreditCode} 应于 {dueAt:yyyy-MM-dd} 前走访，尚未登记走访，请按“一企一策”安排走访。"), cancellationToken);
            flagged++;
        }
        GovernanceLog.CadreVisitRoundCompleted(logger, flagged);
    }
}
