namespace Qingmeng.Governance.Model;

/// <summary>
/// A record about one firm that one department handles (a hazard, a guidance, a credit repair): who may see it follows
/// from both. The department is null when no department handles it (an administrator's own record).
/// </summary>
public interface IFirmInDepartment
{
    string CreditCode { get; }

    string? DepartmentCode { get; }
}
