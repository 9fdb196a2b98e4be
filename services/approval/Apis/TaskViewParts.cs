using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Apis;

public sealed record PauseView(PauseKind Kind, string Reason, DateTimeOffset Start, DateTimeOffset? End);

/// <summary>An earlier application of the task, ended by 不予许可.</summary>
public sealed record AttemptView(
    int Number,
    IReadOnlyList<string> SubmittedMaterials,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? AcceptedAt,
    bool DeemedAccepted,
    DateTimeOffset? DueAt,
    int ExtensionDays,
    DateTimeOffset? DecidedAt,
    string? RejectionReason,
    int? WorkingDaysUsed)
{
    public static AttemptView From(TaskAttempt a) => new(
        a.Number, a.SubmittedMaterials, a.SubmittedAt, a.AcceptedAt, a.DeemedAccepted, a.DueAt, a.ExtensionDays, a.DecidedAt, a.RejectionReason, a.WorkingDaysUsed);
}

public sealed record SupervisionView(Guid? CaseId, string? CaseNumber, string? Resolution, DateTimeOffset? ClosedAt);
