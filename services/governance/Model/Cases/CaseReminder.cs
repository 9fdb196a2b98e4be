namespace Qingmeng.Governance.Model.Cases;

/// <summary>A reminder or escalation sent for one missed deadline; unique per (case, kind, deadline), so it is sent once.</summary>
public sealed class CaseReminder
{
    private CaseReminder()
    {
    }

    public CaseReminder(Guid caseId, ReminderKind kind, DateTimeOffset dueAt, string departmentCode, DateTimeOffset sentAt)
    {
        Id = Guid.CreateVersion7(sentAt);
        CaseId = caseId;
        Kind = kind;
        DueAt = dueAt;
        DepartmentCode = departmentCode;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public ReminderKind Kind { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>When the notification went out (or was found already sent); null means the next round retries it.</summary>
    public DateTimeOffset? NotifiedAt { get; set; }

    /// <summary>The notification's once-only key.</summary>
    public string NotificationKey => $"case-{Kind.ToString().ToLowerInvariant()}:{CaseId:N}:{DueAt.UtcTicks}";
}

public enum ReminderKind
{
    /// <summary>催办: the sign-for deadline passed without a sign-for.</summary>
    SignForOverdue,

    /// <summary>催办: the completion deadline passed without a closure.</summary>
    CompletionOverdue,

    /// <summary>升级督办: badly overdue, escalated to the centre's leadership.</summary>
    Escalation,
}
