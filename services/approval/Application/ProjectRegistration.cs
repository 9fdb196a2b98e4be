using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.Approval.Operations;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Approval.Application;

public sealed record NewProject(
    string Name, string CreditCode, string FirmName, decimal InvestmentAmount, string LandLocation, decimal LandAreaMu,
    string IndustryCode, bool IsKeyProject, ProjectSource Source, IReadOnlyList<string>? SubItemCodes);

/// <summary>The project a registration answers with: new, or the one an earlier request with the same key registered; as of <see cref="At"/>.</summary>
public sealed record RegisteredProject(Project Project, bool IsNew, DateTimeOffset At);

/// <summary>
/// Registers a project on the current catalogue version: one task per chosen sub-item (the catalogue's default set when
/// none are chosen), an agent picked from the pool by load, and <see cref="ProjectRegistered"/> — staged on the context,
/// saved by the caller's SaveChanges (or by <see cref="RegisterAsync"/>).
/// </summary>
public sealed class ProjectRegistration(ApprovalContext db, ApprovalMetrics metrics, HolidayCalendar calendar, TimeProvider time, ILogger<ProjectRegistration> logger)
{
    /// <summary>
    /// A direct registration (a firm for itself, an agent or admin for a firm). With an idempotency key, the same caller's
    /// repeated request answers with the project the first one registered, even when both arrive at once.
    /// </summary>
    public async Task<Outcome<RegisteredProject>> RegisterAsync(NewProject request, PlatformUser user, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (user.IsInRole(PlatformRoles.Firm) && request.CreditCode != user.CreditCode)
        {
            return Failure.Forbidden("creditCode", "creditCode 须为本企业的统一社会信用代码 (creditCode must be your own firm's unified social credit code)")
                .Titled("企业只能为本企业登记项目 (a firm registers projects only for itself)");
        }
        if (idempotencyKey is not null && await EarlierAsync(user, idempotencyKey, cancellationToken) is { } earlier)
        {
            return new RegisteredProject(earlier, IsNew: false, time.GetUtcNow());
        }

        var now = time.GetUtcNow();
        var staged = await StageAsync(request, user, idempotencyKey, now, cancellationToken);
        if (!staged.Succeeded)
        {
            return staged.Failure;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (idempotencyKey is not null && exception.IsUniqueViolation())
        {
            // The same caller's concurrent request with this key committed first: answer with its project.
            db.ChangeTracker.Clear();
            var winner = await EarlierAsync(user, idempotencyKey, cancellationToken);
            if (winner is null)
            {
                throw;
            }
            return new RegisteredProject(winner, IsNew: false, time.GetUtcNow());
        }
        Registered(staged.Value);
        return new RegisteredProject(staged.Value, IsNew: true, now);
    }

    private Task<Project?> EarlierAsync(PlatformUser user, string idempotencyKey, CancellationToken cancellationToken) =>
        db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.RegisteredBy == user.Subject && p.IdempotencyKey == idempotencyKey, cancellationToken);

    public async Task<Outcome<Project>> StageAsync(
        NewProject request, PlatformUser user, string? idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var catalogue = await db.CatalogueVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstAsync(cancellationToken);
        var codes = request.SubItemCodes is { Count: > 0 } chosen
            ? [.. chosen.Select(c => c.Trim())]
            : catalogue.Document.SubItems.Where(s => s.IncludedByDefault).Select(s => s.Code).ToList();
        var errors = new List<string>();
        errors.AddRange(codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => $"子项 {g.Key} 重复 (sub-item {g.Key} is listed more than once)"));
        errors.AddRange(codes.Distinct().Where(c => catalogue.Document.Find(c) is null).Select(c => $"未知的子项编码 {c}（目录版本 {catalogue.Version}）(unknown sub-item code {c}, catalogue version {catalogue.Version})"));
        if (errors.Count > 0)
        {
            return Failure.Invalid("subItemCodes", string.Join(" ", errors))
                .Titled("子项编码有误 (Invalid sub-item codes.)")
                .With("errors", new Dictionary<string, string[]> { ["subItemCodes"] = [.. errors] });
        }

        // The firm register (governance) owns firms: a project is registered only for a firm it knows, under the name it gives.
        var firm = await db.Firms.AsNoTracking().FirstOrDefaultAsync(f => f.CreditCode == request.CreditCode, cancellationToken);
        if (firm is null)
        {
            return Failure.Unprocessable("creditCode",
                    $"统一社会信用代码 {request.CreditCode} 未在注册企业名录登记，请先登记企业 (credit code {request.CreditCode} is unknown to the firm register; register the firm first)")
                .Titled("该企业不在注册企业名录中 (the firm is not in the zone's firm register)");
        }

        var agents = await db.Agents.AsNoTracking().Where(a => a.Active).ToListAsync(cancellationToken);
        var load = await db.Projects.Where(p => p.Status == ProjectStatus.Active)
            .GroupBy(p => p.AgentSubject).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (Agent.PickByLoad(agents, load) is not { } agent)
        {
            // No field: the pool, not the request, is at fault.
            return Failure.Conflict("", "帮代办专员库为空：须有专员登记 (POST /api/approval/agents/me) 后才能登记项目 (the agent pool is empty: an agent must enrol before projects can be registered)")
                .Titled("没有可用的帮代办专员 (no 帮代办 agent is available)");
        }

        var project = Project.Register(
            request.Name, request.CreditCode, firm.Name, request.InvestmentAmount, request.LandLocation, request.LandAreaMu,
            request.IndustryCode, request.IsKeyProject, request.Source, catalogue.Version, agent, user.Subject, idempotencyKey, now);
        db.Projects.Add(project);
        var tasks = codes.Select(code =>
        {
            var sub = catalogue.Document.Find(code)!;
            var item = catalogue.Document.Items.First(i => i.Code == sub.ItemCode);
            return ApprovalTask.Create(project.Id, project.CreditCode, sub, item.Name, now);
        }).ToList();
        db.Tasks.AddRange(tasks);
        project.RecordPrediction(ProjectPlanner.Predict(tasks, calendar.Current, now).PredictedGroundbreaking, now);
        db.Timeline.Add(TimelineEntry.For(project.Id, null, "project.registered", null, ProjectStatus.Active.ToString(),
            $"登记项目，分配帮代办专员 {agent.Name}", user.Subject, now));
        db.AddAudit(user, "project.registered", "approval-project", project.Id.ToString(), now);
        db.AddIntegrationEvent(new ProjectRegistered(
            project.Id, project.Name, project.CreditCode, project.InvestmentAmount, project.IndustryCode, project.IsKeyProject)
        { OccurredAt = now }, project.Id.ToString());
        return project;
    }

    public void Registered(Project project)
    {
        metrics.ProjectRegistered(project.IsKeyProject);
        ApprovalLog.ProjectRegistered(logger, project.Id, project.AgentSubject);
    }
}
