using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

/// <summary>A reminder for one missed labour-arbitration deadline; unique per (dispute, kind, deadline), so it is sent once.</summary>
public sealed class LabourDisputeReminder
{
    private LabourDisputeReminder()
    {
    }

    public LabourDisputeReminder(Guid disputeId, LabourReminderKind kind, DateTimeOffset dueAt, DateTimeOffset sentAt)
    {
        Id = Guid.CreateVersion7(sentAt);
        DisputeId = disputeId;
        Kind = kind;
        DueAt = dueAt;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; }

    public Guid DisputeId { get; private set; }

    public LabourReminderKind Kind { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset? NotifiedAt { get; set; }

    public string NotificationKey => $"labour-{Kind.ToString().ToLowerInvariant()}:{DisputeId:N}:{DueAt.UtcTicks}";
}

public enum LabourReminderKind
{
    /// <summary>逾期未作出受理决定.</summary>
    AcceptanceOverdue,

    /// <summary>逾期未作出裁决.</summary>
    AwardOverdue,

    /// <summary>裁决逾期未履行: the applicant may apply for enforcement.</summary>
    PerformanceOverdue,

    /// <summary>法院绿色通道某一环节逾期 (快立、快审、快执、快结).</summary>
    CourtStageOverdue,
}
