using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Governance.Apis;

/// <summary>A year and one of its periods: <c>Y</c>, <c>H1</c>/<c>H2</c>, <c>Q1</c>…<c>Q4</c>, <c>M01</c>…<c>M12</c>.</summary>
public sealed record ScorecardQuery(
    [property: Required, Range(2000, 2100)] int? Year,
    [property: Required, StringLength(3)] string? Period);

/// <summary>工作成效: the zone's indicators per period with year-on-year growth, kept from other services' events.</summary>
public static class ScorecardApi
{
    public static IEndpointRouteBuilder MapScorecardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governance/scorecard").WithTags("Scorecard");
        api.MapGet("/", GetScorecard).WithName("GetScorecard")
            .WithSummary("The zone's indicators for a period of a year, with the same period a year earlier and the growth")
            .RequireAuthorization(GovernancePolicies.CentreAndDepartments);
        api.MapPost("/rebuild", Rebuild).WithName("RebuildScorecard")
            .WithSummary("Recompute every aggregate from the stored event log")
            .RequireAuthorization(PlatformPolicies.Admins);
        return app;
    }

    public static async Task<Results<Ok<ScorecardReport>, ProblemHttpResult>> GetScorecard(
        [AsParameters] ScorecardQuery query, GovernanceContext db, IOptions<ScorecardOptions> options, CancellationToken cancellationToken)
    {
        var period = query.Period!.Trim().ToUpperInvariant();
        if (ScorecardPeriods.Months(period) is null)
        {
            return TypedResults.Problem(
                title: "未知的统计期间 (Unknown period.)", detail: "统计期间为 Y、H1、H2、Q1 至 Q4 或 M01 至 M12 (the period is Y, H1, H2, Q1 to Q4, or M01 to M12)", statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?>
                {
                    ["field"] = "period",
                    ["errors"] = new Dictionary<string, string[]> { ["period"] = ["period 须为 Y、H1、H2、Q1 至 Q4 或 M01 至 M12 (period must be Y, H1, H2, Q1 to Q4, or M01 to M12)"] },
                });
        }
        var year = query.Year!.Value;
        var rows = await db.ScorecardAggregates.AsNoTracking()
            .Where(a => ((a.Year == year || a.Year == year - 1) && a.Period == period)
                || (a.Year <= year && ScorecardReporter.StockMeasures.Contains(a.Measure) && a.Period.StartsWith("M")))
            .ToListAsync(cancellationToken);
        var cells = rows.ToDictionary(a => new ScorecardCell(a.Year, a.Period, a.Measure), a => a.Value);
        return TypedResults.Ok(ScorecardReporter.Build(year, period, cells, options.Value.Population));
    }

    public static async Task<Ok<ScorecardRebuildResult>> Rebuild(
        ClaimsPrincipal principal, GovernanceContext db, ScorecardProjector projector, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var result = await projector.RebuildAsync(
            db, context => context.AddAudit(user, "scorecard.rebuilt", "scorecard", "all", time.GetUtcNow()), cancellationToken);
        return TypedResults.Ok(result);
    }
}
