using Qingmeng.Approval.Application;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Approval.Apis;

/// <summary>Who may do what (the visibility of projects and tasks is <c>ApprovalVisibility</c>'s).</summary>
public static class ApprovalAccess
{
    public static readonly string[] CanRegister = [PlatformRoles.Firm, PlatformRoles.Agent, PlatformRoles.Admin];

    public static readonly string[] CanReadProjects = [PlatformRoles.Firm, PlatformRoles.Agent, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    /// <summary>Applicant side of a task: the firm itself, or its delegated agent.</summary>
    public static readonly string[] CanSubmit = [PlatformRoles.Firm, PlatformRoles.Agent];

    /// <summary>Decisions are the department's alone.</summary>
    public static readonly string[] CanDecide = [PlatformRoles.DepartmentOfficer];

    public static readonly string[] CanReadTasks = [PlatformRoles.Firm, PlatformRoles.Agent, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    public static readonly string[] CanReadCatalogue = [.. PlatformRoles.All];

    public static readonly string[] CanMaintainCatalogue = [PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    public static readonly string[] CanHandOver = [PlatformRoles.Agent, PlatformRoles.Admin];

    public static readonly string[] CanReadPortfolio = [PlatformRoles.Admin];

    public static readonly string[] CanReadMetrics = [PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    public static readonly string[] CanReadLand = [PlatformRoles.Agent, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    /// <summary>低效用地再开发: the department's officers (of <see cref="LandDepartment"/> alone, checked by the use case) and admins.</summary>
    public static readonly string[] CanManageLand = [PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    /// <summary>招商签约: the department's officers (of <see cref="InvestmentDepartment"/> alone for changes, checked by the use case) and admins.</summary>
    public static readonly string[] CanHandleInvestment = [PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    public const string InvestmentDepartment = InvestmentPromotion.Department;

    public const string LandDepartment = LandRedevelopment.Department;
}
