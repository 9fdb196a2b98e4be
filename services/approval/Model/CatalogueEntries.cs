namespace Qingmeng.Approval.Model;

public sealed record Department(string Code, string Name);

public sealed record CatalogueItem(string Code, string Name, string DepartmentCode);

/// <summary>
/// One sub-item (小项) a department decides on: the materials it requires, its statutory limit in working days
/// (承诺时限, counted on the shared clock), the sub-items that must be approved first, and whether it must be
/// approved before groundbreaking. <see cref="IncludedByDefault"/> marks the sub-items a typical manufacturing project needs.
/// </summary>
public sealed record CatalogueSubItem(
    string Code,
    string Name,
    string ItemCode,
    string DepartmentCode,
    ApprovalStage Stage,
    int LimitWorkingDays,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Prerequisites,
    bool GatesGroundbreaking,
    bool IncludedByDefault);
