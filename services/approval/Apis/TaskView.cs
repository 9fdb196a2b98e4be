using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Approval.Apis;

public sealed record TaskView(
    Guid Id,
    Guid ProjectId,
    string SubItemCode,
    string SubItemName,
    string ItemName,
    string DepartmentCode,
    ApprovalStage Stage,
    ApprovalTaskStatus Status,
    int Attempt,
    bool GatesGroundbreaking,
    int LimitWorkingDays,
    int ExtensionDays,
    string? ExtensionReason,
    string? ExtensionApprovedBy,
    IReadOnlyList<string> Prerequisites,
    IReadOnlyList<string> RequiredMaterials,
    IReadOnlyList<string> SubmittedMaterials,
    IReadOnlyList<string> MissingMaterials,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DeemedAcceptanceAt,
    DateTimeOffset? CorrectionRequestedAt,
    DateTimeOffset? AcceptedAt,
    bool DeemedAccepted,
    DateTimeOffset? DueAt,
    int? WorkingDaysElapsed,
    bool Overdue,
    IReadOnlyList<PauseView> Pauses,
    DateTimeOffset? DecidedAt,
    string? DecisionReason,
    int? WorkingDaysUsed,
    DateTimeOffset? OverdueNotifiedAt,
    SupervisionView? Supervision,
    IReadOnlyList<AttemptView> EarlierAttempts,
    // The due date falls in a year whose holiday schedule the State Council has not confirmed: it may still move.
    bool Provisional)
{
    /// <summary>The view as of <paramref name="now"/>: a submission past its §32 date shows as deemed accepted.</summary>
    public static TaskView From(ApprovalTask t, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        t.ApplyDeemedAcceptance(calendar, now);
        var dueAt = t.ComputeDueAt(calendar, now);
        var deemedAcceptanceAt = t.DeemedAcceptanceAt;
        return new TaskView(
            t.Id, t.ProjectId, t.SubItemCode, t.SubItemName, t.ItemName, t.DepartmentCode, t.Stage, t.Status, t.Attempt, t.GatesGroundbreaking,
            t.LimitWorkingDays, t.ExtensionDays, t.ExtensionReason, t.ExtensionApprovedBy, t.Prerequisites, t.RequiredMaterials,
            t.SubmittedMaterials, t.OutstandingMaterials(), t.SubmittedAt, t.DeemedAcceptanceAt, t.CorrectionRequestedAt, t.AcceptedAt, t.DeemedAccepted,
            dueAt, t.WorkingDaysElapsed(calendar, now), t.IsOverdue(calendar, now),
            [.. t.Pauses.Select(p => new PauseView(p.Kind, p.Reason, p.Start, p.End))],
            t.DecidedAt, t.DecisionReason, t.WorkingDaysUsed, t.OverdueNotifiedAt,
            t.SupervisionCaseNumber is null && t.OverdueNotifiedAt is null ? null
                : new SupervisionView(t.SupervisionCaseId, t.SupervisionCaseNumber, t.SupervisionResolution, t.SupervisionClosedAt),
            t.EarlierAttempts.ConvertAll(AttemptView.From),
            (dueAt is { } due && calendar.IsProvisional(due)) || (deemedAcceptanceAt is { } deemed && calendar.IsProvisional(deemed)));
    }
}
