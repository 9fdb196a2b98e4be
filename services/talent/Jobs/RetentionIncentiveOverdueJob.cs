using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Jobs;

/// <summary>
/// 稳工留岗政策兑现: a retention incentive that fell due and is still unpaid <c>Talent:IncentivePaymentWorkingDays</c>
/// working days later is warned once: the referral is marked, the warning goes in the audit trail (action
/// <c>referral.incentive_overdue</c>) and the log. The working days are the China calendar's compiled-in and computed years.
/// </summary>
public sealed class RetentionIncentiveOverdueJob(
    TalentContext db, TimeProvider time, IOptions<TalentOptions> options, ILogger<RetentionIncentiveOverdueJob> logger) : IScheduledJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var workingDays = options.Value.IncentivePaymentWorkingDays;
        var calendar = WorkingDayCalendar.ChinaMainland;
        // No deadline is earlier than its due day plus the working days as calendar days: a cheap bound for the query.
        var latestDue = ChinaTime.ToChinaDate(now).AddDays(-workingDays);
        var candidates = await db.Referrals
            .Where(r => r.Status == ReferralStatus.IncentivePayable && r.IncentiveOverdueWarnedAt == null && r.IncentiveDueOn <= latestDue)
            .OrderBy(r => r.IncentiveDueOn)
            .Take(500)
            .ToListAsync(cancellationToken);
        var warned = 0;
        foreach (var referral in candidates.Where(r => r.IsIncentiveOverdue(calendar, workingDays, now)))
        {
            if (referral.MarkOverdueWarned(now))
            {
                db.AddAudit(TalentActors.Scheduler, "referral.incentive_overdue", "referral", referral.Id.ToString(), now);
                TalentLog.IncentiveOverdue(logger, referral.Id, referral.IncentiveDueOn!.Value, workingDays);
                warned++;
            }
        }
        if (warned > 0)
        {
            // A concurrent payment wins: the referral's version fails this save and the next round sees it paid.
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
