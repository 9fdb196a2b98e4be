using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;


namespace Qingmeng.Talent.Apis;

/// <summary>引工大使评选: the year's ranking and its awards (the rules are <see cref="AmbassadorAwards"/>').</summary>
public static class AmbassadorRankingApi
{
    public static IEndpointRouteBuilder MapAmbassadorRankingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent/ambassadors").WithTags("Ambassadors");
        api.MapGet("/ranking", GetRanking).WithName("GetAmbassadorRanking").WithSummary("引工大使评选: ambassadors ranked by the year's verified hires (officers)")
            .RequireAuthorization(TalentPolicies.Officers);
        api.MapPost("/awards", Award).WithName("AwardAmbassador").WithSummary("Award an ambassador for a year in which they had hires; once per ambassador and year (admins)")
            .RequireAuthorization(PlatformPolicies.Admins);
        return app;
    }

    public static async Task<Ok<AmbassadorRankingView>> GetRanking([AsParameters] AmbassadorRankingQuery query, TalentContext db, CancellationToken cancellationToken)
    {
        var year = query.Year!.Value;
        var standings = await AmbassadorAwards.RankAsync(db, year, cancellationToken);
        return TypedResults.Ok(new AmbassadorRankingView(year, [.. standings.Select(s =>
            new AmbassadorRankingRow(s.Rank, s.Ambassador.Id, s.Ambassador.Name, s.Ambassador.Region, s.Referrals, s.Hires, s.RetainedSixMonths, s.Award))]));
    }

    public static async Task<Results<Created<AmbassadorAwardView>, NotFound, ProblemHttpResult>> Award(
        AwardAmbassadorRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var year = request.Year!.Value;
        var awarded = await AmbassadorAwards.AwardAsync(
            db, request.AmbassadorId!.Value, year, request.Title.Trim(), PlatformUser.From(principal), time.GetUtcNow(), cancellationToken);
        if (!awarded.Succeeded)
        {
            return awarded.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : awarded.Failure.ToProblem();
        }
        var award = awarded.Value;
        return TypedResults.Created($"/api/talent/ambassadors/ranking?year={year}",
            new AmbassadorAwardView(award.Id, award.AmbassadorId, award.Year, award.Title, award.Hires, award.AwardedAt));
    }
}
