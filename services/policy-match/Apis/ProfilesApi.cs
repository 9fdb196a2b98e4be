using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>一企一档: a firm keeps its own profile; officers see every firm's and the cultivation pool (培育库).</summary>
public static class ProfilesApi
{
    public static IEndpointRouteBuilder MapProfilesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/policy/profiles").WithTags("Enterprise profiles");

        api.MapPut("/me", Register).WithName("RegisterProfile").WithSummary("Register or rename the caller's firm and its push contact")
            .RequireAuthorization(PolicyMatchPolicies.Firms);
        api.MapGet("/me", GetOwnProfile).WithName("GetOwnProfile").WithSummary("The caller's firm profile, every fact with its source and time")
            .RequireAuthorization(PolicyMatchPolicies.Firms);
        api.MapPut("/me/facts", UpdateOwnFacts).WithName("UpdateOwnFacts")
            .WithSummary("Declare the caller's facts (declarable fields only; null withdraws a declaration); declarations await an officer's verification; re-matches")
            .RequireAuthorization(PolicyMatchPolicies.Firms);
        api.MapGet("/", ListProfiles).WithName("ListProfiles").WithSummary("Every firm profile")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        api.MapGet("/{creditCode}", GetProfile).WithName("GetProfile").WithSummary("One firm's profile")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        api.MapPut("/{creditCode}/facts", UpdateFacts).WithName("UpdateFacts").WithSummary("An officer sets or corrects a firm's facts (authoritative); re-matches and claws back what no longer qualifies")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        api.MapPost("/{creditCode}/declarations/{field}/verify", VerifyDeclaration).WithName("VerifyDeclaration")
            .WithSummary("An officer verifies a firm's declared fact: it becomes authoritative; audited; re-matches")
            .RequireAuthorization(PolicyMatchPolicies.Officers);

        app.MapGet("/api/policy/cultivation-pool", ListCultivationPool).WithTags("Enterprise profiles").WithName("ListCultivationPool")
            .WithSummary("培育库: firms one numeric condition short of a policy in force, with the gap")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        return app;
    }

    /// <summary>Names the caller's firm and its push contact; a change an event made at the same moment is retried over.</summary>
    public static async Task<Results<Ok<ProfileView>, ForbidHttpResult, ProblemHttpResult>> Register(
        RegisterProfileRequest request, ClaimsPrincipal principal, ProfileChanges changes, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (user.OwnFirm() is not { } creditCode)
        {
            return TypedResults.Forbid();
        }
        var contact = request.ContactMobile is { } mobile && MobileNumber.TryParse(mobile, out var normalised) ? normalised : null;
        var registered = await changes.RegisterAsync(creditCode, request.Name, contact, user, cancellationToken);
        if (!registered.Succeeded)
        {
            return registered.Failure.ToProblem();
        }
        return TypedResults.Ok(ProfileView.From(registered.Value, seesContactInClear: true));
    }

    public static async Task<Results<Ok<ProfileView>, NotFound>> GetOwnProfile(
        ClaimsPrincipal principal, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var profile = user.OwnFirm() is { } creditCode
            ? await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken)
            : null;
        return profile is null ? TypedResults.NotFound() : TypedResults.Ok(ProfileView.From(profile, seesContactInClear: true));
    }

    public static async Task<Results<Ok<ProfileView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateOwnFacts(
        UpdateFactsRequest request, ClaimsPrincipal principal, ProfileChanges changes, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (user.OwnFirm() is not { } creditCode)
        {
            return TypedResults.NotFound();
        }
        return await UpdateAsync(creditCode, request, FactSources.Firm, user, changes, mustExist: false, cancellationToken);
    }

    public static async Task<Results<Ok<ProfileView>, NotFound, ProblemHttpResult>> VerifyDeclaration(
        string creditCode, string field, ClaimsPrincipal principal, ProfileChanges changes, CancellationToken cancellationToken)
    {
        var verified = await changes.VerifyDeclarationAsync(creditCode, field, PlatformUser.From(principal), cancellationToken);
        if (!verified.Succeeded)
        {
            return verified.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : verified.Failure.ToProblem();
        }
        return TypedResults.Ok(ProfileView.From(verified.Value, seesContactInClear: true));
    }

    public static async Task<Results<Ok<ProfileView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateFacts(
        string creditCode, UpdateFactsRequest request, ClaimsPrincipal principal, ProfileChanges changes, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        return await UpdateAsync(creditCode, request, FactSources.Officer, user, changes, mustExist: true, cancellationToken);
    }

    public static async Task<Ok<Page<ProfileView>>> ListProfiles(
        [AsParameters] PageRequest page, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var profiles = db.Profiles.AsNoTracking();
        var count = await profiles.LongCountAsync(cancellationToken);
        var items = await profiles.OrderBy(p => p.CreditCode).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ProfileView>(page.PageIndex, page.PageSize, count, items.ConvertAll(p => ProfileView.From(p, seesContactInClear: true))));
    }

    public static async Task<Results<Ok<ProfileView>, NotFound>> GetProfile(
        string creditCode, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        return profile is null ? TypedResults.NotFound() : TypedResults.Ok(ProfileView.From(profile, seesContactInClear: true));
    }

    public static async Task<Ok<Page<CultivationView>>> ListCultivationPool(
        [AsParameters] PageRequest page, PolicyMatchContext db, MatchingService matching, CancellationToken cancellationToken)
    {
        var near = db.MatchRecords.AsNoTracking().Where(m => m.NearMiss
            && db.PolicyVersions.Any(v => v.Id == m.PolicyVersionId && v.Status == PolicyVersionStatus.Published));
        var count = await near.LongCountAsync(cancellationToken);
        var records = await near.OrderBy(m => m.CreditCode).ThenBy(m => m.PolicyCode).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        var codes = records.Select(r => r.CreditCode).Distinct().ToList();
        var versionIds = records.Select(r => r.PolicyVersionId).Distinct().ToList();
        var profiles = await db.Profiles.AsNoTracking().Where(p => codes.Contains(p.CreditCode)).ToDictionaryAsync(p => p.CreditCode, cancellationToken);
        var versions = await db.PolicyVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var today = matching.Today;
        var items = records.ConvertAll(r =>
        {
            var profile = profiles[r.CreditCode];
            var version = versions[r.PolicyVersionId];
            var result = Model.Matching.PolicyMatcher.Match(version, profile.ToFacts(FactTrust.WithDeclarations), today);
            return new CultivationView(r.CreditCode, profile.Name, r.PolicyCode, r.PolicyVersion, version.Title, result.Unmet.Select(e => ExplanationView.From(e, profile)).ToList());
        });
        return TypedResults.Ok(new Page<CultivationView>(page.PageIndex, page.PageSize, count, items));
    }

    private static async Task<Results<Ok<ProfileView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string creditCode, UpdateFactsRequest request, string source, PlatformUser user, ProfileChanges changes, bool mustExist,
        CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (field, value) in request.Facts)
        {
            if (value.ValueKind == System.Text.Json.JsonValueKind.Null)
            {
                if (ProfileFields.Find(field) is null)
                {
                    problems[$"facts.{field}"] = [$"未知的画像字段 {field} (unknown profile field '{field}')"];
                }
                continue;
            }
            if (ProfileFields.Problem(field, value) is { } problem)
            {
                problems[$"facts.{field}"] = [problem];
            }
        }
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems, title: ProfileChanges.FactsNotStoredTitle);
        }
        var updated = await changes.UpdateFactsAsync(creditCode, request.Facts, source, user, mustExist, cancellationToken);
        if (!updated.Succeeded)
        {
            return updated.Failure.Kind switch
            {
                FailureKind.NotFound => TypedResults.NotFound(),
                FailureKind.Invalid => FieldProblems.Validation(updated.Failure.Field, updated.Failure.Message, updated.Failure.Title),
                _ => updated.Failure.ToProblem(),
            };
        }
        return TypedResults.Ok(ProfileView.From(updated.Value, seesContactInClear: true));
    }
}
