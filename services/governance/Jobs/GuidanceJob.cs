using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Operations;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Qingmeng.Governance.Jobs;

/// <summary>
/// 帮扶指导: flags each self-correction period that passed without the firm's report, once (the row version makes a
/// second replica's flag fail), audits it and tells the department, whose inspection may now go ahead. The notification
/// key is per guidance, so it goes out once whichever replica sends it.
/// </summary>
public sealed class GuidanceJob(GovernanceContext db, INotificationSender notifications, TimeProvider time, ILogger<GuidanceJob> logger) : IScheduledJob
{
    public const string NotificationCategory = "guidance-supervision";

    public static readonly PlatformUser Supervisor = PlatformUser.System("service:guidance", "帮扶指导督办");

    private const int BatchSize = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Guidances
            .Where(g => g.Status == GuidanceStatus.Notified && g.SelfCorrectionDueAt <= now && g.OverdueFlaggedAt == null)
            .OrderBy(g => g.SelfCorrectionDueAt).Take(BatchSize).Select(g => g.Id).ToListAsync(cancellationToken);
        var flagged = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var guidance = await db.Guidances.FirstAsync(g => g.Id == id, cancellationToken);
            if (!guidance.FlagOverdue(now))
            {
                continue;
            }
            db.AddAudit(Supervisor, "guidance.overdue", "guidance", guidance.Id.ToString(), now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                continue;
            }
            var dueAt = ChinaTime.ToChinaTime(guidance.SelfCorrectionDueAt);
            await notifications.SendAsync(new Notification(
                $"guidance-overdue:{guidance.Id:N}", SupervisionRules.DepartmentRecipient(guidance.DepartmentCode), NotificationCategory,
                $"【提醒】企业 {guidance.CreditCode} 的自查自改期限（{dueAt:yyyy-MM-dd HH:mm}）已过，尚未报告自查自改情况，可按告知事项开展检查。"), cancellationToken);
            flagged++;
        }
        GovernanceLog.GuidanceRoundCompleted(logger, flagged);
    }
}
