using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Jobs;

/// <summary>
/// Reminds tenants that their talent-apartment lease ends soon (Talent:LeaseReminderDaysBefore). Each lease is
/// reminded once: the notification key is per lease and the lease records when its reminder went out.
/// Throttled or failed sends are retried on the next round.
/// </summary>
public sealed class LeaseExpiryReminderJob(
    TalentContext db, INotificationSender notifications, TimeProvider time, IOptions<TalentOptions> options, ILogger<LeaseExpiryReminderJob> logger) : IScheduledJob
{
    public const string Category = "talent-housing";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var horizon = today.AddDays(options.Value.LeaseReminderDaysBefore);
        var due = await db.Leases
            .Where(l => l.Status == LeaseStatus.Active && l.ExpiryReminderSentAt == null && l.EndsOn <= horizon)
            .OrderBy(l => l.EndsOn)
            .Take(200)
            .ToListAsync(cancellationToken);
        var units = await db.ApartmentUnits.Where(u => due.Select(l => l.UnitId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var reminded = 0;
        foreach (var lease in due)
        {
            var unit = units[lease.UnitId];
            var outcome = await notifications.SendAsync(new Notification(
                $"lease-expiry:{lease.Id}",
                lease.TenantPhone,
                Category,
                $"您租住的{unit.Label}人才公寓租约将于{lease.EndsOn:yyyy年M月d日}到期，如需续租请于到期前30日向经开区人才服务中心提出申请。"), cancellationToken);
            if (outcome.IsSettled())
            {
                lease.MarkReminderSent(time.GetUtcNow());
                reminded++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        if (due.Count > 0)
        {
            TalentLog.LeaseRemindersSent(logger, reminded, due.Count);
        }
    }
}
