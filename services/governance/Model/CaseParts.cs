namespace Qingmeng.Governance.Model;

/// <summary>One dispatch of a case to a lead department and what that department did with it (for KPIs per department).</summary>
public sealed class CaseDispatch
{
    private CaseDispatch()
    {
    }

    internal CaseDispatch(Guid caseId, string departmentCode, string dispatchedBy, DateTimeOffset dispatchedAt, DateTimeOffset signForDueAt)
    {
        Id = Guid.CreateVersion7(dispatchedAt);
        CaseId = caseId;
        DepartmentCode = departmentCode;
        DispatchedBy = dispatchedBy;
        DispatchedAt = dispatchedAt;
        SignForDueAt = signForDueAt;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public string DispatchedBy { get; private set; } = "";

    public DateTimeOffset DispatchedAt { get; private set; }

    public DateTimeOffset SignForDueAt { get; private set; }

    public DateTimeOffset? SignedForAt { get; internal set; }

    public DateTimeOffset? ReturnedAt { get; internal set; }

    public ReturnReason? ReturnReason { get; internal set; }
}

/// <summary>A co-handling department (协办) and its report.</summary>
public sealed class CaseCoHandler
{
    private CaseCoHandler()
    {
    }

    internal CaseCoHandler(Guid caseId, string departmentCode)
    {
        CaseId = caseId;
        DepartmentCode = departmentCode;
    }

    public Guid CaseId { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public string? Report { get; internal set; }

    public DateTimeOffset? ReportedAt { get; internal set; }
}

public enum CaseNoteKind
{
    /// <summary>受理: the case was filed (who, through which channel).</summary>
    Filed,
    Dispatched,
    SignedFor,
    Returned,
    Progress,
    CoHandlerReported,
    ExtensionRequested,
    ExtensionApproved,
    ExtensionRejected,
    /// <summary>The lead department has finished its part; the case waits for the co-handlers named in the entry.</summary>
    LeadCompleted,
    Closed,
    FollowUpSatisfied,
    FollowUpUnsatisfied,
    Reminder,
    Escalated,
}

/// <summary>One entry of a case's timeline: progress notes and every transition, with who did it.</summary>
public sealed class CaseNote
{
    private CaseNote()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public CaseNoteKind Kind { get; private set; }

    public string Author { get; private set; } = "";

    public string? DepartmentCode { get; private set; }

    public string Text { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    internal static CaseNote Create(Guid caseId, CaseNoteKind kind, string author, string? departmentCode, string text, DateTimeOffset at) =>
        new() { Id = Guid.CreateVersion7(at), CaseId = caseId, Kind = kind, Author = author, DepartmentCode = departmentCode, Text = text, At = at };
}

public enum ExtensionStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>A lead department's request for more working days (延期), decided by the centre.</summary>
public sealed class CaseExtension
{
    private CaseExtension()
    {
    }

    internal CaseExtension(Guid caseId, string departmentCode, int workingDays, string reason, string requestedBy, DateTimeOffset requestedAt)
    {
        Id = Guid.CreateVersion7(requestedAt);
        CaseId = caseId;
        DepartmentCode = departmentCode;
        WorkingDays = workingDays;
        Reason = reason;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
        Status = ExtensionStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public int WorkingDays { get; private set; }

    public string Reason { get; private set; } = "";

    public string RequestedBy { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public ExtensionStatus Status { get; internal set; }

    public DateTimeOffset? DecidedAt { get; internal set; }

    public string? DecidedBy { get; internal set; }
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

/// <summary>A WGS84 point, kept exactly as given (numeric without rounding).</summary>
public sealed record GeoPoint(decimal Latitude, decimal Longitude);

/// <summary>What a GeoReport v2 request carries beyond the common case fields (all optional, already validated).</summary>
public sealed record CaseSubmissionDetails(
    GeoPoint? Location = null,
    string? Email = null,
    string? FirstName = null,
    string? LastName = null,
    string? MediaUrl = null,
    string? AddressId = null,
    string? DeviceId = null,
    string? AccountId = null);
