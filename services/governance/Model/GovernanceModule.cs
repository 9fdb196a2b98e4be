namespace Qingmeng.Governance.Model;

/// <summary>
/// One of the platform's function modules (功能模块), used as the case category: its default handling
/// department and its working-day limits for signing for (签收) and completing (办结) a case.
/// </summary>
public sealed class GovernanceModule
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string DefaultDepartmentCode { get; set; } = "";

    public int SignForWorkingDays { get; set; }

    public int CompletionWorkingDays { get; set; }

    /// <summary>Working days past a missed deadline after which the case is escalated to the centre's leadership.</summary>
    public int EscalateAfterWorkingDays { get; set; }

    public int SortOrder { get; set; }
}
