using Qingmeng.Governance.Model;
using Qingmeng.Governance.Model.Cases;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Operations;

/// <summary>The service's log messages. Case numbers and department codes only: never contact details or names.</summary>
internal static partial class GovernanceLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Supervision {Kind} for case {CaseNumber} to {DepartmentCode} (deadline {DueAt:O})")]
    public static partial void ReminderRecorded(ILogger logger, ReminderKind kind, string caseNumber, string departmentCode, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Supervision {Kind} for case {CaseId} was already recorded by another runner")]
    public static partial void ReminderAlreadyRecorded(ILogger logger, ReminderKind kind, Guid caseId);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Supervision notification {Key} not delivered ({Outcome}); the next round retries it")]
    public static partial void NotificationPending(ILogger logger, string key, string outcome);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Supervision round: {Reminders} reminder(s) and {Escalations} escalation(s) recorded, {Notified} notification(s) sent")]
    public static partial void RoundCompleted(ILogger logger, int reminders, int escalations, int notified);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "Labour-arbitration {Kind} reminder for dispute {DisputeNumber} (deadline {DueAt:O})")]
    public static partial void LabourReminderRecorded(ILogger logger, LabourReminderKind kind, string disputeNumber, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Information, Message = "Labour-arbitration {Kind} reminder for dispute {DisputeId} was already recorded by another runner")]
    public static partial void LabourReminderAlreadyRecorded(ILogger logger, LabourReminderKind kind, Guid disputeId);

    [LoggerMessage(EventId = 5190, Level = LogLevel.Warning, Message = "The {Year} holiday schedule is not loaded: deadlines in that year are provisional until an administrator loads the State Council notice (PUT /api/governance/holiday-schedules/<year>)")]
    public static partial void HolidayScheduleMissing(ILogger logger, int year);
    [LoggerMessage(EventId = 5107, Level = LogLevel.Information, Message = "Labour early-warning round: {Firms} firm(s) assessed, {Raised} warning(s) raised")]
    public static partial void LabourWarningRoundCompleted(ILogger logger, int firms, int raised);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Warning, Message = "Labour early warning for firm {CreditCode}: {Triggers}; case {CaseNumber} dispatched to the arbitration commission")]
    public static partial void LabourWarningRaised(ILogger logger, string creditCode, string triggers, string caseNumber);

    [LoggerMessage(EventId = 5109, Level = LogLevel.Information, Message = "Labour early warning for firm {CreditCode} was already raised by another runner")]
    public static partial void LabourWarningAlreadyOpen(ILogger logger, string creditCode);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Guidance round: {Flagged} self-correction period(s) flagged as passed without a report")]
    public static partial void GuidanceRoundCompleted(ILogger logger, int flagged);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Information, Message = "Cadre-visit round: {Flagged} assigned firm(s) flagged as not visited within the period")]
    public static partial void CadreVisitRoundCompleted(ILogger logger, int flagged);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Warning, Message = "Hazard {HazardId} at firm {CreditCode} passed its rectification deadline; supervision case {CaseNumber} dispatched to {DepartmentCode}")]
    public static partial void HazardEscalated(ILogger logger, Guid hazardId, string creditCode, string caseNumber, string departmentCode);

    [LoggerMessage(EventId = 5113, Level = LogLevel.Information, Message = "Hazard {HazardId} was already escalated by another runner")]
    public static partial void HazardAlreadyEscalated(ILogger logger, Guid hazardId);

    [LoggerMessage(EventId = 5114, Level = LogLevel.Warning, Message = "Firm {CreditCode} fell below its economic band in {Month} ({Drops}); case {CaseNumber} opened")]
    public static partial void EconomicAlertRaised(ILogger logger, string creditCode, string month, string drops, string caseNumber);

    [LoggerMessage(EventId = 5191, Level = LogLevel.Information, Message = "Demo figures: {Count} credit repairs (penalty, application, grant) seeded in {ElapsedMs} ms")]
    public static partial void CreditRepairsSeeded(ILogger logger, int count, long elapsedMs);
}
