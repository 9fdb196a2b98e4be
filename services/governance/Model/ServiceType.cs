namespace Qingmeng.Governance.Model;

/// <summary>A service code within a module (the Open311 service): what a caller can ask for.</summary>
public sealed class ServiceType
{
    public string Code { get; set; } = "";

    public string ModuleCode { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";
}
