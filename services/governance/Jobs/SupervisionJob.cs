using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Operations;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.Governance.Model.Cases;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Jobs;

/// <summary>
/// 督办 on the working-day clock. Each round:
/// a reminder (催办) to the lead department for every passed sign-for or completion deadline,
/// an escalation (升级督办) to the centre's duty leader once a deadline is <see cref="GovernanceModule.EscalateAfterWorkingDays"/>
/// working days behind. A reminder is a row unique per (case, kind, deadline): recorded once whichever replica gets there
/// first, and its notification is sent once per key. An approved extension moves the deadline, so the old one is never
/// chased; a new deadline (after reopening) gets its own reminder.
/// </summary>
public sealed class SupervisionJob(
    GovernanceContext db,
    HolidayCalendar calendars,
    INotificationSender notifications,
    TimeProvider time,
    GovernanceMetrics metrics,
    IOptions<GovernanceOptions> options,
    ILogger<SupervisionJob> logger) : IScheduledJob
{
    public const string NotificationCategory = "case-supervision";

    /// <summary>Reminders to the labour-dispute arbitration commission (劳动争议仲裁委员会, in 人社局).</summary>
    public const string LabourNotificationCategory = "labour-arbitration-supervision";

    private const int BatchSize = 500;

    public static readonly PlatformUser Supervisor = PlatformUser.System("service:supervision", "督办");

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var calendar = calendars.Current;
        var modules = await db.Modules.AsNoTracking().ToDictionaryAsync(m => m.Code, cancellationToken);

        var signForLate = await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Dispatched && c.SignForDueAt <= now
                && !db.CaseReminders.Any(r => r.CaseId == c.Id && r.Kind == ReminderKind.SignForOverdue && r.DueAt == c.SignForDueAt))
            .Select(c => new Overdue(c.Id, c.Number, c.ModuleCode, c.LeadDepartmentCode!, c.SignForDueAt!.Value))
            .Take(BatchSize).ToListAsync(cancellationToken);
        var completionLate = await db.Cases.AsNoTracking()
            .Where(c => (c.Status == CaseStatus.InProgress || c.Status == CaseStatus.AwaitingCoHandlers) && c.CompletionDueAt <= now
                && !db.CaseReminders.Any(r => r.CaseId == c.Id && r.Kind == ReminderKind.CompletionOverdue && r.DueAt == c.CompletionDueAt))
            .Select(c => new Overdue(c.Id, c.Number, c.ModuleCode, c.LeadDepartmentCode!, c.CompletionDueAt!.Value))
            .Take(BatchSize).ToListAsync(cancellationToken);
        var escalationCandidates = await db.Cases.AsNoTracking()
            .Where(c => c.EscalatedAt == null || c.EscalatedAt < c.ClockStartedAt)
            .Where(c => (c.Status == CaseStatus.Dispatched && c.SignForDueAt <= now)
                || ((c.Status == CaseStatus.InProgress || c.Status == CaseStatus.AwaitingCoHandlers) && c.CompletionDueAt <= now))
            .Select(c => new Overdue(c.Id, c.Number, c.ModuleCode, c.LeadDepartmentCode!,
                c.Status == CaseStatus.Dispatched ? c.SignForDueAt!.Value : c.CompletionDueAt!.Value))
            .Take(BatchSize).ToListAsync(cancellationToken);
        var candidateIds = escalationCandidates.Select(o => o.CaseId).ToArray();
        var escalated = (await db.CaseReminders.AsNoTracking()
            .Where(r => r.Kind == ReminderKind.Escalation && candidateIds.Contains(r.CaseId))
            .Select(r => new { r.CaseId, r.DueAt }).ToListAsync(cancellationToken))
            .Select(r => (r.CaseId, r.DueAt)).ToHashSet();
        escalationCandidates.RemoveAll(o => escalated.Contains((o.CaseId, o.DueAt)));
        var badlyOverdue = escalationCandidates
            .Where(o => SupervisionRules.IsBadlyOverdue(o.DueAt, now, modules[o.ModuleCode].EscalateAfterWorkingDays, calendar))
            .ToList();

        var reminders = 0;
        foreach (var overdue in signForLate)
        {
            reminders += await RecordAsync(overdue, ReminderKind.SignForOverdue, now, cancellationToken) ? 1 : 0;
        }
        foreach (var overdue in completionLate)
        {
            reminders += await RecordAsync(overdue, ReminderKind.CompletionOverdue, now, cancellationToken) ? 1 : 0;
        }
        var escalations = 0;
        foreach (var overdue in badlyOverdue)
        {
            escalations += await RecordAsync(overdue, ReminderKind.Escalation, now, cancellationToken) ? 1 : 0;
        }

        reminders += await RemindLabourDisputesAsync(now, cancellationToken);

        var notified = await NotifyPendingAsync(now, cancellationToken) + await NotifyPendingLabourAsync(now, cancellationToken);
        GovernanceLog.RoundCompleted(logger, reminders, escalations, notified);
    }

    /// <summary>The reminder row, the timeline entry and the audit entry in one transaction; false if another runner recorded it first.</summary>
    private async Task<bool> RecordAsync(Overdue overdue, ReminderKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.CaseReminders.Add(new CaseReminder(overdue.CaseId, kind, overdue.DueAt, overdue.DepartmentCode, now));
        db.CaseNotes.Add(CaseNote.Create(overdue.CaseId, kind == ReminderKind.Escalation ? CaseNoteKind.Escalated : CaseNoteKind.Reminder,
            Supervisor.Subject, overdue.DepartmentCode, SupervisionRules.TextFor(kind, overdue.Number, overdue.DepartmentCode, overdue.DueAt), now));
        if (kind == ReminderKind.Escalation)
        {
            await db.Cases.Where(c => c.Id == overdue.CaseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.EscalatedAt, now), cancellationToken);
        }
        db.AddAudit(Supervisor, kind == ReminderKind.Escalation ? "case.escalated" : "case.reminded", "case", overdue.CaseId.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            GovernanceLog.ReminderAlreadyRecorded(logger, kind, overdue.CaseId);
            return false;
        }
        metrics.Reminder(kind, overdue.DepartmentCode);
        GovernanceLog.ReminderRecorded(logger, kind, overdue.Number, overdue.DepartmentCode, overdue.DueAt);
        return true;
    }

    /// <summary>Sends every recorded reminder not yet notified (this round's and earlier failures); each key goes out once.</summary>
    private async Task<int> NotifyPendingAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var pending = await db.CaseReminders.Where(r => r.NotifiedAt == null).OrderBy(r => r.SentAt).Take(BatchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }
        var caseIds = pending.Select(r => r.CaseId).Distinct().ToArray();
        var numbers = await db.Cases.Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
        var sent = 0;
        foreach (var reminder in pending)
        {
            var recipient = reminder.Kind == ReminderKind.Escalation ? options.Value.EscalationRecipient : SupervisionRules.DepartmentRecipient(reminder.DepartmentCode);
            var outcome = await notifications.SendAsync(new Notification(
                reminder.NotificationKey, recipient, NotificationCategory,
                SupervisionRules.TextFor(reminder.Kind, numbers[reminder.CaseId], reminder.DepartmentCode, reminder.DueAt)), cancellationToken);
            if (outcome.IsSettled())
            {
                reminder.NotifiedAt = now;
                sent += outcome == NotificationOutcome.Sent ? 1 : 0;
            }
            else
            {
                GovernanceLog.NotificationPending(logger, reminder.NotificationKey, outcome.ToString());
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    /// <summary>
    /// 劳动争议: a reminder to the arbitration commission when the acceptance decision (5 days) or the award (45 days, or the
    /// extended deadline) is overdue; one row per (dispute, kind, deadline), so each missed deadline is chased once.
    /// </summary>
    private async Task<int> RemindLabourDisputesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var late = await db.LabourDisputes.AsNoTracking()
            .Where(d => (d.Status == LabourDisputeStatus.Filed && d.AcceptanceDueAt <= now
                    && !db.LabourDisputeReminders.Any(r => r.DisputeId == d.Id && r.Kind == LabourReminderKind.AcceptanceOverdue && r.DueAt == d.AcceptanceDueAt))
                || ((d.Status == LabourDisputeStatus.Accepted || d.Status == LabourDisputeStatus.ExtensionRequested || d.Status == LabourDisputeStatus.Extended)
                    && d.AwardDueAt <= now
                    && !db.LabourDisputeReminders.Any(r => r.DisputeId == d.Id && r.Kind == LabourReminderKind.AwardOverdue && r.DueAt == d.AwardDueAt))
                || (d.Status == LabourDisputeStatus.Awarded && d.PerformanceDueAt <= now
                    && !db.LabourDisputeReminders.Any(r => r.DisputeId == d.Id && r.Kind == LabourReminderKind.PerformanceOverdue && r.DueAt == d.PerformanceDueAt))
                || (d.Status == LabourDisputeStatus.InCourt && d.CourtStageDueAt <= now
                    && !db.LabourDisputeReminders.Any(r => r.DisputeId == d.Id && r.Kind == LabourReminderKind.CourtStageOverdue && r.DueAt == d.CourtStageDueAt)))
            .OrderByDescending(d => d.WageArrears).ThenBy(d => d.FiledAt)
            .Select(d => new { d.Id, d.Number, d.Status, d.AcceptanceDueAt, d.AwardDueAt, d.PerformanceDueAt, d.CourtStageDueAt })
            .Take(BatchSize).ToListAsync(cancellationToken);

        var recorded = 0;
        foreach (var dispute in late)
        {
            var (kind, due) = dispute.Status switch
            {
                LabourDisputeStatus.Filed => (LabourReminderKind.AcceptanceOverdue, dispute.AcceptanceDueAt),
                LabourDisputeStatus.Awarded => (LabourReminderKind.PerformanceOverdue, dispute.PerformanceDueAt!.Value),
                LabourDisputeStatus.InCourt => (LabourReminderKind.CourtStageOverdue, dispute.CourtStageDueAt!.Value),
                _ => (LabourReminderKind.AwardOverdue, dispute.AwardDueAt!.Value),
            };
            db.ChangeTracker.Clear();
            db.LabourDisputeReminders.Add(new LabourDisputeReminder(dispute.Id, kind, due, now));
            db.AddAudit(Supervisor, "labour-dispute.reminded", "labour-dispute", dispute.Id.ToString(), now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation())
            {
                db.ChangeTracker.Clear();
                GovernanceLog.LabourReminderAlreadyRecorded(logger, kind, dispute.Id);
                continue;
            }
            recorded++;
            GovernanceLog.LabourReminderRecorded(logger, kind, dispute.Number, due);
        }
        return recorded;
    }

    private async Task<int> NotifyPendingLabourAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var pending = await db.LabourDisputeReminders.Where(r => r.NotifiedAt == null).OrderBy(r => r.SentAt).Take(BatchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }
        var ids = pending.Select(r => r.DisputeId).Distinct().ToArray();
        var disputes = await db.LabourDisputes.AsNoTracking().Where(d => ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => new { d.Number, d.WageArrears }, cancellationToken);
        var sent = 0;
        foreach (var reminder in pending)
        {
            var dispute = disputes[reminder.DisputeId];
            var outcome = await notifications.SendAsync(new Notification(
                reminder.NotificationKey, SupervisionRules.DepartmentRecipient(LabourDispute.ArbitrationDepartmentCode), LabourNotificationCategory,
                SupervisionRules.LabourTextFor(reminder.Kind, dispute.Number, dispute.WageArrears, reminder.DueAt)), cancellationToken);
            if (outcome.IsSettled())
            {
                reminder.NotifiedAt = now;
                sent += outcome == NotificationOutcome.Sent ? 1 : 0;
            }
            else
            {
                GovernanceLog.NotificationPending(logger, reminder.NotificationKey, outcome.ToString());
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    private sealed record Overdue(Guid CaseId, string Number, string ModuleCode, string DepartmentCode, DateTimeOffset DueAt);
}
