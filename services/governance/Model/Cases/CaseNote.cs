namespace Qingmeng.Governance.Model.Cases;

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
