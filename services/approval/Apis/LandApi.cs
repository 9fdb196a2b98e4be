using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Application;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Approval.Apis;

public sealed record LandSiteQuery(LandSiteStage? Stage);

/// <summary>低效用地再开发: 现状摸查 → 方案编制 → 项目生成 (a project case) → 效益评估.</summary>
public static class LandApi
{
    public static IEndpointRouteBuilder MapLandApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/approval/land-sites").WithTags("Land redevelopment");

        api.MapGet("/", ListSites).WithName("ListLandSites").WithSummary("Low-efficiency land sites, by code")
            .RequireAuthorization(ApprovalPolicies.ReadLand);
        api.MapGet("/summary", Summary).WithName("LandSummary")
            .WithSummary("Totals of the loop: sites revitalised, area (亩), added floor area, output and tax")
            .RequireAuthorization(ApprovalPolicies.ReadLand);
        api.MapGet("/{id:guid}", GetSite).WithName("GetLandSite").WithSummary("One site")
            .RequireAuthorization(ApprovalPolicies.ReadLand);
        api.MapPost("/", Survey).WithName("SurveyLandSite").WithSummary("现状摸查: record a surveyed site with its baseline")
            .RequireAuthorization(ApprovalPolicies.ManageLand);
        api.MapPost("/{id:guid}/plan", Plan).WithName("PlanLandSite").WithSummary("方案编制: the redevelopment plan")
            .RequireAuthorization(ApprovalPolicies.ManageLand);
        api.MapPost("/{id:guid}/project", GenerateProject).WithName("GenerateLandProject")
            .WithSummary("项目生成: the plan becomes a 帮代办 project case for the developing firm")
            .RequireAuthorization(ApprovalPolicies.ManageLand);
        api.MapPost("/{id:guid}/evaluation", Evaluate).WithName("EvaluateLandSite")
            .WithSummary("效益评估: floor area, output and tax after redevelopment, against the baseline")
            .RequireAuthorization(ApprovalPolicies.ManageLand);
        return app;
    }

    public static async Task<Ok<Page<LandSiteView>>> ListSites(
        [AsParameters] PageRequest page, [AsParameters] LandSiteQuery query, ApprovalContext db, CancellationToken cancellationToken)
    {
        var sites = db.LandSites.AsNoTracking();
        if (query.Stage is { } stage)
        {
            sites = sites.Where(s => s.Stage == stage);
        }
        var count = await sites.LongCountAsync(cancellationToken);
        var items = await sites.OrderBy(s => s.Code).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<LandSiteView>(page.PageIndex, page.PageSize, count, items.ConvertAll(LandSiteView.From)));
    }

    public static async Task<Ok<LandSummaryView>> Summary(ApprovalContext db, CancellationToken cancellationToken)
    {
        var sites = await db.LandSites.AsNoTracking().ToListAsync(cancellationToken);
        var done = sites.Where(s => s.Stage == LandSiteStage.Evaluated).ToList();
        return TypedResults.Ok(new LandSummaryView(
            sites.Count, done.Count, done.Sum(s => s.AreaMu), done.Sum(s => s.AddedFloorArea ?? 0), done.Sum(s => s.AddedAnnualOutput ?? 0),
            done.Sum(s => s.AddedAnnualTax ?? 0), sites.GroupBy(s => s.Stage.ToString()).ToDictionary(g => g.Key, g => g.Count())));
    }

    public static async Task<Results<Ok<LandSiteView>, NotFound>> GetSite(Guid id, ApprovalContext db, CancellationToken cancellationToken)
    {
        var site = await db.LandSites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return site is null ? TypedResults.NotFound() : TypedResults.Ok(LandSiteView.From(site));
    }

    public static async Task<Results<Created<LandSiteView>, ProblemHttpResult>> Survey(
        SurveySiteRequest request, ClaimsPrincipal principal, ApprovalContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (!user.MayManageLand())
        {
            return Forbidden();
        }
        if (await db.LandSites.AnyAsync(s => s.Code == request.Code, cancellationToken))
        {
            return FieldProblems.Conflict("code", $"地块 {request.Code} 已登记 (site {request.Code} is already recorded)", "该编码的地块已存在 (a site with this code exists)");
        }
        var now = time.GetUtcNow();
        var site = LandSite.Survey(request.Code, request.Name.Trim(), request.Location.Trim(), request.AreaMu!.Value, request.CurrentUse.Trim(),
            request.BaselineFloorArea!.Value, request.BaselineAnnualOutput!.Value, request.BaselineAnnualTax!.Value, now);
        db.LandSites.Add(site);
        db.AddAudit(user, "land.surveyed", "land-site", site.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/approval/land-sites/{site.Id}", LandSiteView.From(site));
    }

    public static Task<Results<Ok<LandSiteView>, NotFound, ProblemHttpResult>> Plan(
        Guid id, PlanSiteRequest request, ClaimsPrincipal principal, ApprovalContext db, TimeProvider time, CancellationToken cancellationToken) =>
        StepAsync(id, principal, db, time, "land.planned",
            (site, now) => site.Plan(request.Summary.Trim(), request.PlannedUse.Trim(), request.PlannedFloorArea!.Value, now), cancellationToken);

    public static async Task<Results<Ok<LandSiteView>, NotFound, ProblemHttpResult>> GenerateProject(
        Guid id, GenerateProjectRequest request, ClaimsPrincipal principal, ApprovalContext db, ProjectRegistration registration,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (!user.MayManageLand())
        {
            return Forbidden();
        }
        var site = await db.LandSites.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (site is null)
        {
            return TypedResults.NotFound();
        }
        if (site.Stage != LandSiteStage.Planned)
        {
            return StageConflict(site, site.GenerateProject(null, "", time.GetUtcNow())!);
        }
        var now = time.GetUtcNow();
        UnifiedSocialCreditCode.TryParse(request.CreditCode, out var creditCode);
        var staged = await registration.StageAsync(new NewProject(
            request.ProjectName.Trim(), creditCode!, request.FirmName.Trim(), request.InvestmentAmount!.Value, site.Location, site.AreaMu,
            request.IndustryCode, request.IsKeyProject, ProjectSource.LandRedevelopment, null), user, null, now, cancellationToken);
        if (!staged.Succeeded)
        {
            return ApprovalProblems.ToProblem(staged.Failure);
        }
        var project = staged.Value;
        site.GenerateProject(project.Id, project.Name, now);
        db.AddAudit(user, "land.project-generated", "land-site", site.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        registration.Registered(project);
        return TypedResults.Ok(LandSiteView.From(site));
    }

    public static Task<Results<Ok<LandSiteView>, NotFound, ProblemHttpResult>> Evaluate(
        Guid id, EvaluateSiteRequest request, ClaimsPrincipal principal, ApprovalContext db, TimeProvider time, CancellationToken cancellationToken) =>
        StepAsync(id, principal, db, time, "land.evaluated",
            (site, now) => site.Evaluate(request.FloorArea!.Value, request.AnnualOutput!.Value, request.AnnualTax!.Value, now), cancellationToken);

    private static async Task<Results<Ok<LandSiteView>, NotFound, ProblemHttpResult>> StepAsync(
        Guid id, ClaimsPrincipal principal, ApprovalContext db, TimeProvider time, string action,
        Func<LandSite, DateTimeOffset, string?> step, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (!user.MayManageLand())
        {
            return Forbidden();
        }
        var site = await db.LandSites.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (site is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        if (step(site, now) is { } refusal)
        {
            return StageConflict(site, refusal);
        }
        db.AddAudit(user, action, "land-site", site.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(title: "处理期间地块已被修改 (the site changed while this request was being handled)", statusCode: StatusCodes.Status409Conflict);
        }
        return TypedResults.Ok(LandSiteView.From(site));
    }

    private static ProblemHttpResult StageConflict(LandSite site, string detail) => TypedResults.Problem(
        title: "地块不在相应阶段 (the site is not at the right stage)", detail: detail, statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["currentState"] = site.Stage.ToString() });

    private static ProblemHttpResult Forbidden() => TypedResults.Problem(
        title: $"Only officers of {ApprovalAccess.LandDepartment} (自然资源和规划) or an admin manage land redevelopment.", statusCode: StatusCodes.Status403Forbidden);
}
