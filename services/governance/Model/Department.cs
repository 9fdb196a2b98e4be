namespace Qingmeng.Governance.Model;

/// <summary>A department that can lead or co-handle cases (部门报到).</summary>
public sealed class Department
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}
