using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Approval.Application;

/// <summary>Which projects and tasks each caller sees: a firm its own, an agent theirs, an officer their department's.</summary>
public static class ApprovalVisibility
{
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
}
