namespace Qingmeng.Governance.Model;

/// <summary>A record about one firm that one department handles (a hazard, a guidance): who may see it follows from both.</summary>
public interface IFirmInDepartment
{
    string CreditCode { get; }

    string DepartmentCode { get; }
}
