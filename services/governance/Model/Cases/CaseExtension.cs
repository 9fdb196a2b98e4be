namespace Qingmeng.Governance.Model.Cases;

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

public enum ExtensionStatus
{
    Pending,
    Approved,
    Rejected,
}
