using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Qingmeng.Finance.Jobs;

/// <summary>
/// A referral the bank has not responded to by its working-day deadline is escalated once to the zone's
/// finance officer (督办), who is notified once per referral (a throttled message is retried next round).
/// </summary>
public sealed class ReferralEscalationJob(
    FinanceContext db,
    INotificationSender notifications,
    TimeProvider time,
    IOptions<FinanceOptions> options,
    FinanceMetrics metrics,
    ILogger<ReferralEscalationJob> logger) : IScheduledJob
{
    public const string Category = "finance-escalation";

    private const int BatchSize = 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var overdue = await db.Referrals
            .Where(r => (r.Status == ReferralStatus.Referred && r.EscalatedAt == null && r.ResponseDueAt <= now)
                || (r.EscalatedAt != null && r.EscalationNotifiedAt == null))
            .OrderBy(r => r.ResponseDueAt).Take(BatchSize).ToListAsync(cancellationToken);
        if (overdue.Count == 0)
        {
            return;
        }
        var banks = await db.Banks.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Name, cancellationToken);

        foreach (var referral in overdue)
        {
            if (referral.Escalate(now))
            {
                db.AddAudit(SchedulerActor.Scheduler, "referral.escalated", "referral", referral.Id.ToString(), now);
                metrics.Escalated(referral.BankCode);
                FinanceLog.Escalated(logger, referral.Number, referral.BankCode);
            }
            var key = $"referral-escalation:{referral.Id}";
            var outcome = await notifications.SendAsync(new Notification(
                key, options.Value.ZoneFinanceOfficer, Category,
                $"【银企对接督办】{banks.GetValueOrDefault(referral.BankCode, referral.BankCode)}未在 {referral.ResponseDueAt:yyyy-MM-dd HH:mm} 前回复"
                + $"融资对接单 {referral.Number}（{referral.FirmName}，{referral.RequestedAmount:0.##} 元），请督促办理。"), cancellationToken);
            if (outcome.IsSettled())
            {
                referral.MarkEscalationNotified(now);
            }
            else
            {
                FinanceLog.NotificationDeferred(logger, key, outcome.ToString());
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
