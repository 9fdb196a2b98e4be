namespace Qingmeng.Governance.Model.Cases;

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
