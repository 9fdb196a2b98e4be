using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Application;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
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
        SurveySiteRequest request, ClaimsPrincipal principal, LandRedevelopment land, CancellationToken cancellationToken)
    {
        var surveyed = await land.SurveyAsync(new SiteSurvey(
            request.Code, request.Name.Trim(), request.Location.Trim(), request.AreaMu!.Value, request.CurrentUse.Trim(),
            request.BaselineFloorArea!.Value, request.BaselineAnnualOutput!.Value, request.BaselineAnnualTax!.Value), PlatformUser.From(principal), cancellationToken);
        return surveyed.Succeeded
            ? TypedResults.Created($"/api/approval/land-sites/{surveyed.Value.Id}", LandSiteView.From(surveyed.Value))
            : surveyed.Failure.ToProblem();
    }

    public static async Task<Results<Ok<LandSiteView>, NotFound, ProblemHttpResult>> Plan(
        Guid id, PlanSiteRequest request, ClaimsPrincipal principal, LandRedevelopment land, CancellationToken cancellationToken) =>
        Site(await land.PlanAsync(id, request.Summary.Trim(), request.PlannedUse.Trim(), request.PlannedFloorArea!.Value, PlatformUser.From(principal), cancellationToken));

    public static async Task<Results<Ok<LandSiteView>, NotFound, ProblemHttpResult>> GenerateProject(
        Guid id, GenerateProjectRequest request, ClaimsPrincipal principal, LandRedevelopment land, CancellationToken cancellationToken)
    {
        UnifiedSocialCreditCode.TryParse(request.CreditCode, out var creditCode);
        return Site(await land.GenerateProjectAsync(id, request.ProjectName.Trim(), creditCode!, request.FirmName.Trim(), request.InvestmentAmount!.Value,
            request.IndustryCode, request.IsKeyProject, PlatformUser.From(principal), cancellationToken));
    }

    public static async Task<Results<Ok<LandSiteView>, NotFound, ProblemHttpResult>> Evaluate(
        Guid id, EvaluateSiteRequest request, ClaimsPrincipal principal, LandRedevelopment land, CancellationToken cancellationToken) =>
        Site(await land.EvaluateAsync(id, request.FloorArea!.Value, request.AnnualOutput!.Value, request.AnnualTax!.Value, PlatformUser.From(principal), cancellationToken));

    /// <summary>The site as the step left it; an unknown site is a plain 404, a refusal its problem.</summary>
    private static Results<Ok<LandSiteView>, NotFound, ProblemHttpResult> Site(Outcome<LandSite> outcome) =>
        outcome.Succeeded ? TypedResults.Ok(LandSiteView.From(outcome.Value))
        : outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound()
        : outcome.Failure.ToProblem();
}
