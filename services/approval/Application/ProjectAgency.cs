using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Approval.Application;

/// <summary>An agent in the pool after enrolling, with the active projects they carry.</summary>
public sealed record Enrolment(Agent Agent, int ActiveProjects);

/// <summary>
/// The 帮代办 agents and their projects: agents join the pool, the firm delegates a project to its assigned agent
/// (委托代办), and a project is handed over to another agent (ending the old delegation). Each change is audited and
/// shown on the project's timeline.
/// </summary>
public sealed class ProjectAgency(ApprovalContext db, TimeProvider time)
{
    public async Task<Outcome<Delegation>> GrantDelegationAsync(Guid projectId, string scope, PlatformUser user, CancellationToken cancellationToken)
    {
        var project = await db.Projects.VisibleTo(user, db).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ProjectNotFound(projectId);
        }
        if (!user.IsFirmAdmin)
        {
            // 委托代办 lets the agent submit in the firm's name: a decision for the firm's administrator, not any employee.
            return Failure.Forbidden("firmAdmin", "请以企业管理员身份登录后委托代办 (sign in as your firm's administrator to delegate this project to its agent)")
                .Titled("只有企业管理员可以委托代办 (only the firm's administrator grants a delegation).");
        }
        if (await db.Delegations.AnyAsync(d => d.ProjectId == projectId && d.AgentSubject == project.AgentSubject && d.EndedAt == null, cancellationToken))
        {
            return Failure.Conflict("", $"项目 {project.Name} 已委托给 {project.AgentName} (project {project.Name} is already delegated to {project.AgentName})")
                .Titled("指派的专员已有有效委托 (the assigned agent already holds an active delegation)");
        }
        var now = time.GetUtcNow();
        var delegation = Delegation.Grant(project.Id, project.AgentSubject, user.Subject, scope, now);
        db.Delegations.Add(delegation);
        db.Timeline.Add(TimelineEntry.For(project.Id, null, "project.delegated", null, null, $"委托 {project.AgentName} 代办：{delegation.Scope}", user.Subject, now));
        db.AddAudit(user, "project.delegated", "approval-project", project.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return delegation;
    }

    /// <summary>Hands the project to the named active agent, or to the least loaded other one when none is named.</summary>
    public async Task<Outcome<Project>> HandOverAsync(Guid projectId, string? toAgentSubject, string reason, PlatformUser user, CancellationToken cancellationToken)
    {
        var project = await db.Projects.VisibleTo(user, db).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ProjectNotFound(projectId);
        }
        Agent? target;
        if (toAgentSubject is { } subject)
        {
            target = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Subject == subject && a.Active, cancellationToken);
            if (target is null)
            {
                return Failure.Unprocessable("toAgentSubject", $"{subject} 不是专员库中的在岗专员 ({subject} is not an active agent in the pool)")
                    .Titled("专员不存在或已停用 (unknown or inactive agent)");
            }
        }
        else
        {
            var agents = await db.Agents.AsNoTracking().Where(a => a.Active).ToListAsync(cancellationToken);
            var load = await db.Projects.Where(p => p.Status == ProjectStatus.Active)
                .GroupBy(p => p.AgentSubject).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            target = Agent.PickByLoad(agents, load, except: project.AgentSubject);
        }
        if (target is null || target.Subject == project.AgentSubject)
        {
            return Failure.Unprocessable("toAgentSubject", "请指定当前专员以外的在岗专员 (name an active agent other than the current one)")
                .Titled("没有其他专员可以移交 (no other agent to hand over to)");
        }

        var now = time.GetUtcNow();
        var from = project.AgentSubject;
        foreach (var delegation in await db.Delegations.Where(d => d.ProjectId == projectId && d.EndedAt == null).ToListAsync(cancellationToken))
        {
            delegation.End("交接：" + reason, now);
        }
        project.HandOverTo(target);
        db.Handovers.Add(Handover.Record(project.Id, from, target.Subject, reason, user.Subject, now));
        db.Timeline.Add(TimelineEntry.For(project.Id, null, "project.handed-over", null, null, $"移交给 {target.Name}：{reason}", user.Subject, now));
        db.AddAudit(user, "project.handed-over", "approval-project", project.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("", "").Titled("移交期间项目已被修改 (the project changed while it was being handed over)");
        }
        return project;
    }

    /// <summary>The caller joins the pool, or rejoins it under their current name.</summary>
    public async Task<Enrolment> EnrolAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var agent = await db.Agents.FirstOrDefaultAsync(a => a.Subject == user.Subject, cancellationToken);
        if (agent is null)
        {
            agent = Agent.Enrol(user.Subject, user.Name ?? user.Subject, now);
            db.Agents.Add(agent);
        }
        else
        {
            agent.SetActive(true);
            agent.Rename(user.Name ?? agent.Name);
        }
        db.AddAudit(user, "agent.enrolled", "approval-agent", user.Subject, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two enrolments raced: the other one created the row.
            db.ChangeTracker.Clear();
        }
        var load = await db.Projects.CountAsync(p => p.AgentSubject == user.Subject && p.Status == ProjectStatus.Active, cancellationToken);
        return new Enrolment(agent, load);
    }

    private static Failure ProjectNotFound(Guid projectId) => Failure.NotFound("id", $"项目 {projectId} 不存在 (project {projectId} does not exist)");
}
