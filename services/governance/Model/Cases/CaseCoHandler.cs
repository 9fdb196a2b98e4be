namespace Qingmeng.Governance.Model.Cases;

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
