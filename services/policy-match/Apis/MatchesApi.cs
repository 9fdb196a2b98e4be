using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Paging;

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>精准匹配: why a firm is or is not eligible, condition by condition, and what to provide.</summary>
public static class MatchesApi
{
    public static IEndpointRouteBuilder MapMatchesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/policy").WithTags("Matching");

        api.MapGet("/matches/me", ListOwnMatches).WithName("ListOwnMatches")
            .WithSummary("Every policy in force for the caller's firm: eligible first, then unknown, then near misses; by amount, then deadline")
            .RequireAuthorization(PolicyMatchPolicies.Firms);
        api.MapGet("/matches/me/{code}", GetOwnMatch).WithName("GetOwnMatch")
            .WithSummary("The caller's firm against one policy, every condition explained, with coaching")
            .RequireAuthorization(PolicyMatchPolicies.Firms);
        api.MapGet("/profiles/{creditCode}/matches", ListFirmMatches).WithName("ListFirmMatches")
            .WithSummary("A firm against every policy in force")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        api.MapGet("/profiles/{creditCode}/matches/{code}", GetFirmMatch).WithName("GetFirmMatch")
            .WithSummary("A firm against one policy, every condition explained")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        return app;
    }

    public static async Task<Results<Ok<Page<MatchView>>, NotFound>> ListOwnMatches(
        [AsParameters] PageRequest page, [AsParameters] MatchQuery query, ClaimsPrincipal principal,
        PolicyMatchContext db, MatchingService matching, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        return user.OwnFirm() is { } creditCode
            ? await ListAsync(creditCode, page, query, db, matching, cancellationToken)
            : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<MatchView>, NotFound>> GetOwnMatch(
        string code, ClaimsPrincipal principal, PolicyMatchContext db, MatchingService matching, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        return user.OwnFirm() is { } creditCode
            ? await GetAsync(creditCode, code, db, matching, cancellationToken)
            : TypedResults.NotFound();
    }

    public static Task<Results<Ok<Page<MatchView>>, NotFound>> ListFirmMatches(
        string creditCode, [AsParameters] PageRequest page, [AsParameters] MatchQuery query,
        PolicyMatchContext db, MatchingService matching, CancellationToken cancellationToken) =>
        ListAsync(creditCode, page, query, db, matching, cancellationToken);

    public static Task<Results<Ok<MatchView>, NotFound>> GetFirmMatch(
        string creditCode, string code, PolicyMatchContext db, MatchingService matching, CancellationToken cancellationToken) =>
        GetAsync(creditCode, code, db, matching, cancellationToken);

    private static async Task<Results<Ok<Page<MatchView>>, NotFound>> ListAsync(
        string creditCode, PageRequest page, MatchQuery query, PolicyMatchContext db, MatchingService matching, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(creditCode, db, cancellationToken);
        var facts = profile?.ToFacts(FactTrust.WithDeclarations) ?? new Facts();
        var today = matching.Today;
        var matches = (await matching.InForceAsync(cancellationToken))
            .Where(p => query.Category is null || p.Policy.Category == query.Category)
            .Select(p => MatchView.From(p.Policy, p.Version, PolicyMatcher.Match(p.Version, facts, today), profile))
            .Where(m => query.Outcome is null || m.Outcome == query.Outcome)
            .OrderBy(Rank)
            .ThenByDescending(m => m.Amount ?? 0)
            .ThenBy(m => m.ApplicationClosesOn)
            .ThenBy(m => m.PolicyCode, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new Page<MatchView>(page.PageIndex, page.PageSize, matches.Count, matches.Skip(page.Skip).Take(page.PageSize).ToList()));
    }

    private static async Task<Results<Ok<MatchView>, NotFound>> GetAsync(
        string creditCode, string code, PolicyMatchContext db, MatchingService matching, CancellationToken cancellationToken)
    {
        var policy = (await matching.InForceAsync(cancellationToken)).FirstOrDefault(p => p.Policy.Code == code);
        if (policy is null)
        {
            return TypedResults.NotFound();
        }
        var profile = await ProfileAsync(creditCode, db, cancellationToken);
        var facts = profile?.ToFacts(FactTrust.WithDeclarations) ?? new Facts();
        return TypedResults.Ok(MatchView.From(policy.Policy, policy.Version, PolicyMatcher.Match(policy.Version, facts, matching.Today), profile));
    }

    /// <summary>A firm with no profile yet is matched on no facts: everything unknown, nothing "not eligible".</summary>
    private static Task<FirmProfile?> ProfileAsync(string creditCode, PolicyMatchContext db, CancellationToken cancellationToken) =>
        db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);

    private static int Rank(MatchView m) => m.Outcome switch
    {
        EligibilityOutcome.Met => 0,
        EligibilityOutcome.Unknown => 1,
        _ when m.NearMiss => 2,
        _ => 3,
    };
}
