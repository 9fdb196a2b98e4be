using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Jobs;

/// <summary>
/// Keeps the register rolling: every household whose review falls due within <c>Talent:WelfareReviewReminderDaysBefore</c>
/// days (or is already overdue) gets one reminder row per due date (unique on household and date, flagged overdue
/// when the date has passed), and its case officer one notification (key <c>welfare-review:{household}:{date}</c>).
/// A throttled or failed send stays pending and is retried next round; a new due date after a review gets its own reminder.
/// </summary>
public sealed class WelfareReviewReminderJob(
    TalentContext db, INotificationSender notifications, TimeProvider time, IOptions<TalentOptions> options, ILogger<WelfareReviewReminderJob> logger) : IScheduledJob
{
    public const string Category = "welfare-review";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var horizon = today.AddDays(options.Value.WelfareReviewReminderDaysBefore);
        var now = time.GetUtcNow();

        var due = await db.WelfareHouseholds
            .Where(h => h.Status == HouseholdStatus.Registered && h.NextReviewDue <= horizon
                && !db.WelfareReviewReminders.Any(r => r.HouseholdId == h.Id && r.DueOn == h.NextReviewDue))
            .OrderBy(h => h.NextReviewDue)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var household in due)
        {
            db.WelfareReviewReminders.Add(WelfareReviewReminder.For(household, today, now));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Raised by an earlier, interrupted round: the pending rows are picked up below.
            db.ChangeTracker.Clear();
        }

        var pending = await (
            from r in db.WelfareReviewReminders
            join h in db.WelfareHouseholds on r.HouseholdId equals h.Id
            where r.SentAt == null && h.Status == HouseholdStatus.Registered && r.DueOn == h.NextReviewDue
            orderby r.DueOn
            select new { Reminder = r, Household = h }).Take(500).ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var item in pending)
        {
            var (reminder, household) = (item.Reminder, item.Household);
            var text = reminder.Overdue
                ? $"困难群众档案复核已逾期：{TalentAccess.MaskName(household.HeadName)}户（{DifficultyTypes.Label(household.DifficultyType)}）应于{reminder.DueOn:yyyy年M月d日}复核，请尽快入户核查。"
                : $"困难群众档案复核提醒：{TalentAccess.MaskName(household.HeadName)}户（{DifficultyTypes.Label(household.DifficultyType)}）将于{reminder.DueOn:yyyy年M月d日}到期复核。";
            var outcome = await notifications.SendAsync(new Notification(
                $"welfare-review:{household.Id}:{reminder.DueOn:yyyy-MM-dd}", household.CaseOfficer, Category, text), cancellationToken);
            if (outcome.IsSettled())
            {
                reminder.MarkSent(time.GetUtcNow());
                reminded++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        if (pending.Count > 0)
        {
            TalentLog.ReviewRemindersSent(logger, reminded, pending.Count(p => p.Reminder.Overdue), pending.Count);
        }
    }
}
