using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Paging;

namespace Qingmeng.Finance.Apis;

public static class MatchmakingApi
{
    public static IEndpointRouteBuilder MapMatchmakingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/finance").WithTags("Matchmaking");

        api.MapGet("/profile", GetOwnProfile).WithName("GetOwnFinanceProfile").WithSummary("The calling firm's financing profile")
            .RequireAuthorization(FinancePolicies.Firms);
        api.MapPut("/profile", PutOwnProfile).WithName("PutOwnFinanceProfile").WithSummary("Declare the calling firm's figures for matchmaking")
            .RequireAuthorization(FinancePolicies.Firms);
        api.MapGet("/profiles/{creditCode}", GetProfile).WithName("GetFinanceProfile").WithSummary("A firm's financing profile (zone officers)")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        api.MapPost("/needs", PostNeed).WithName("PostFinancingNeed")
            .WithSummary("Record a financing need and get the ranked products, each rule explained, with gaps for near misses")
            .RequireAuthorization(FinancePolicies.FirmsAndOfficers);
        api.MapGet("/needs", ListNeeds).WithName("ListFinancingNeeds").WithSummary("Financing needs: a firm its own, officers all")
            .RequireAuthorization(FinancePolicies.FirmsAndOfficers);
        api.MapGet("/needs/{id:guid}/matches", GetMatches).WithName("GetNeedMatches").WithSummary("Re-run matchmaking for a recorded need")
            .RequireAuthorization(FinancePolicies.FirmsAndOfficers);
        return app;
    }

    public static async Task<Results<Ok<FirmProfileView>, NotFound>> GetOwnProfile(ClaimsPrincipal principal, FinanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == user.CreditCode, cancellationToken);
        return profile is null ? TypedResults.NotFound() : TypedResults.Ok(FirmProfileView.From(profile));
    }

    public static async Task<Results<Ok<FirmProfileView>, ProblemHttpResult>> PutOwnProfile(
        FirmProfileRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await FirmProfiles.DeclareAsync(db, PlatformUser.From(principal), request.ToData(), time, cancellationToken);
        return outcome.Succeeded ? TypedResults.Ok(FirmProfileView.From(outcome.Value)) : outcome.Failure.ToProblem();
    }

    public static async Task<Results<Ok<FirmProfileView>, NotFound>> GetProfile(string creditCode, FinanceContext db, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        return profile is null ? TypedResults.NotFound() : TypedResults.Ok(FirmProfileView.From(profile));
    }

    public static async Task<Results<Created<MatchmakingView>, ProblemHttpResult>> PostNeed(
        FinancingNeedRequest request,
        ClaimsPrincipal principal,
        FinanceContext db,
        TimeProvider time,
        IOptions<FinanceOptions> options,
        CancellationToken cancellationToken)
    {
        var need = new FinancingNeeds.NeedRequest(
            request.Amount, request.TermMonths, request.Purpose.Trim(), request.CreditCode is null ? null : request.CreditCode.Trim().ToUpperInvariant());
        var outcome = await FinancingNeeds.RecordAsync(db, PlatformUser.From(principal), need, options.Value, time, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        var recorded = outcome.Value;
        return TypedResults.Created($"/api/finance/needs/{recorded.Need.Id}/matches",
            new MatchmakingView(FinancingNeedView.From(recorded.Need), recorded.ProfileKnown, recorded.Matches));
    }

    public static async Task<Ok<Page<FinancingNeedView>>> ListNeeds(
        [AsParameters] PageRequest page, [AsParameters] NeedQuery query, ClaimsPrincipal principal, FinanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var needs = db.Needs.AsNoTracking();
        var creditCode = user.FirmFor(query.CreditCode);
        if (creditCode is not null)
        {
            needs = needs.Where(n => n.CreditCode == creditCode);
        }
        var count = await needs.LongCountAsync(cancellationToken);
        var items = await needs.OrderByDescending(n => n.CreatedAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<FinancingNeedView>(page.PageIndex, page.PageSize, count, items.ConvertAll(FinancingNeedView.From)));
    }

    public static async Task<Results<Ok<MatchmakingView>, NotFound>> GetMatches(
        Guid id, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, IOptions<FinanceOptions> options, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var need = await db.Needs.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (need is null || (user.IsInRole(PlatformRoles.Firm) && need.CreditCode != user.CreditCode))
        {
            return TypedResults.NotFound();
        }
        var (profileKnown, matches) = await ProductMatching.MatchAsync(db, need, options.Value, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(new MatchmakingView(FinancingNeedView.From(need), profileKnown, matches));
    }
}
