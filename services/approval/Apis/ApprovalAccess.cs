using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Approval.Apis;

/// <summary>Who may do what, and which projects and tasks each caller sees.</summary>
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

    /// <summary>低效用地再开发 is led by 自然资源和规划 (ZRJ) with the zone administration.</summary>
    public static readonly string[] CanManageLand = [PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    public const string LandDepartment = DepartmentCatalogue.NaturalResources;

    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, PlatformUser user, ApprovalContext db)
    {
        if (user.IsInRole(PlatformRoles.Admin))
        {
            return projects;
        }
        if (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode)
        {
            return projects.Where(p => p.CreditCode == creditCode);
        }
        if (user.IsInRole(PlatformRoles.Agent))
        {
            return projects.Where(p => p.AgentSubject == user.Subject);
        }
        if (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode is { } department)
        {
            return projects.Where(p => db.Tasks.Any(t => t.ProjectId == p.Id && t.DepartmentCode == department));
        }
        return projects.Where(_ => false);
    }

    public static IQueryable<ApprovalTask> VisibleTo(this IQueryable<ApprovalTask> tasks, PlatformUser user, ApprovalContext db)
    {
        if (user.IsInRole(PlatformRoles.Admin))
        {
            return tasks;
        }
        if (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode)
        {
            return tasks.Where(t => t.CreditCode == creditCode);
        }
        if (user.IsInRole(PlatformRoles.Agent))
        {
            return tasks.Where(t => db.Projects.Any(p => p.Id == t.ProjectId && p.AgentSubject == user.Subject));
        }
        if (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode is { } department)
        {
            return tasks.Where(t => t.DepartmentCode == department);
        }
        return tasks.Where(_ => false);
    }

    public static bool MayManageLand(this PlatformUser user) =>
        user.IsInRole(PlatformRoles.Admin) || (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode == LandDepartment);
}
