using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Approval.Application;

/// <summary>The facts of a surveyed site: where it is and what it yields today (floor area m², output and tax in yuan a year).</summary>
public sealed record SiteSurvey(
    string Code, string Name, string Location, decimal AreaMu, string CurrentUse, decimal BaselineFloorArea, decimal BaselineAnnualOutput, decimal BaselineAnnualTax);

/// <summary>
/// 低效用地再开发: 现状摸查 → 方案编制 → 项目生成 (a 帮代办 project case) → 效益评估, each step audited. Only officers of
/// 自然资源和规划 (with the zone administration, an admin) manage it.
/// </summary>
public sealed class LandRedevelopment(ApprovalContext db, ProjectRegistration registration, TimeProvider time)
{
    /// <summary>低效用地再开发 is led by 自然资源和规划 (ZRJ) with the zone administration.</summary>
    public const string Department = DepartmentCatalogue.NaturalResources;

    public static bool MayManage(PlatformUser user) =>
        user.IsInRole(PlatformRoles.Admin) || (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode == Department);

    public async Task<Outcome<LandSite>> SurveyAsync(SiteSurvey survey, PlatformUser user, CancellationToken cancellationToken)
    {
        if (!MayManage(user))
        {
            return NotManager;
        }
        if (await db.LandSites.AnyAsync(s => s.Code == survey.Code, cancellationToken))
        {
            return Failure.Conflict("code", $"地块 {survey.Code} 已登记 (site {survey.Code} is already recorded)")
                .Titled("该编码的地块已存在 (a site with this code exists)");
        }
        var now = time.GetUtcNow();
        var site = LandSite.Survey(survey.Code, survey.Name, survey.Location, survey.AreaMu, survey.CurrentUse,
            survey.BaselineFloorArea, survey.BaselineAnnualOutput, survey.BaselineAnnualTax, now);
        db.LandSites.Add(site);
        db.AddAudit(user, "land.surveyed", "land-site", site.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return site;
    }

    public Task<Outcome<LandSite>> PlanAsync(Guid id, string summary, string plannedUse, decimal plannedFloorArea, PlatformUser user, CancellationToken cancellationToken) =>
        StepAsync(id, user, "land.planned", (site, now) => site.Plan(summary, plannedUse, plannedFloorArea, now), cancellationToken);

    public Task<Outcome<LandSite>> EvaluateAsync(Guid id, decimal floorArea, decimal annualOutput, decimal annualTax, PlatformUser user, CancellationToken cancellationToken) =>
        StepAsync(id, user, "land.evaluated", (site, now) => site.Evaluate(floorArea, annualOutput, annualTax, now), cancellationToken);

    /// <summary>项目生成: the plan becomes a project case registered for the developing firm, on the site's location and area.</summary>
    public async Task<Outcome<LandSite>> GenerateProjectAsync(
        Guid id, string projectName, string creditCode, string firmName, decimal investmentAmount, string industryCode, bool isKeyProject,
        PlatformUser user, CancellationToken cancellationToken)
    {
        if (!MayManage(user))
        {
            return NotManager;
        }
        var site = await db.LandSites.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (site is null)
        {
            return NotFound;
        }
        if (site.Stage != LandSiteStage.Planned)
        {
            return StageConflict(site, site.GenerateProject(null, "", time.GetUtcNow())!);
        }
        var now = time.GetUtcNow();
        var staged = await registration.StageAsync(new NewProject(
            projectName, creditCode, firmName, investmentAmount, site.Location, site.AreaMu,
            industryCode, isKeyProject, ProjectSource.LandRedevelopment, null), user, null, now, cancellationToken);
        if (!staged.Succeeded)
        {
            return staged.Failure;
        }
        var project = staged.Value;
        site.GenerateProject(project.Id, project.Name, now);
        db.AddAudit(user, "land.project-generated", "land-site", site.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        registration.Registered(project);
        return site;
    }

    private async Task<Outcome<LandSite>> StepAsync(
        Guid id, PlatformUser user, string action, Func<LandSite, DateTimeOffset, string?> step, CancellationToken cancellationToken)
    {
        // Checked before the site is looked up: a caller who may not manage land learns nothing of which sites exist.
        if (!MayManage(user))
        {
            return NotManager;
        }
        var now = time.GetUtcNow();
        return await db.RunAsync(new Transition<LandSite>
        {
            Find = ct => db.LandSites.FirstOrDefaultAsync(s => s.Id == id, ct),
            NotFound = NotFound,
            Apply = (site, _) => Task.FromResult<Failure?>(step(site, now) is { } refusal ? StageConflict(site, refusal) : null),
            Record = site => db.AddAudit(user, action, "land-site", site.Id.ToString(), now),
            ConcurrentChange = Failure.Conflict("", "").Titled("处理期间地块已被修改 (the site changed while this request was being handled)"),
        }, cancellationToken);
    }

    private static Failure NotFound => Failure.NotFound("id", "地块不存在 (no such site)");

    private static Failure NotManager => Failure.Forbidden("", "")
        .Titled($"Only officers of {Department} (自然资源和规划) or an admin manage land redevelopment.");

    private static Failure StageConflict(LandSite site, string detail) => Failure.Conflict("", detail)
        .Titled("地块不在相应阶段 (the site is not at the right stage)")
        .With("currentState", site.Stage.ToString());
}
