using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Services;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>一企一档: a firm keeps its own profile; officers see every firm's and the cultivation pool (培育库).</summary>
public static class ProfilesApi
{
    public static IEndpointRouteBuilder MapProfilesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/policy/profiles").WithTags("Enterprise profiles");

        api.MapPut("/me", Register).WithName("RegisterProfile").WithSummary("Register or rename the caller's firm and its push contact")
            .RequireAuthorization(policy => policy.RequireRole(PolicyAccess.Firms));
        api.MapGet("/me", GetOwnProfile).WithName("GetOwnProfile").WithSummary("The caller's firm profile, every fact with its source and time")
            .RequireAuthorization(policy => policy.RequireRole(PolicyAccess.Firms));
        api.MapPut("/me/facts", UpdateOwnFacts).WithName("UpdateOwnFacts").WithSummary("Set or correct the caller's facts (null makes a fact unknown); re-matches")
            .RequireAuthorization(policy => policy.RequireRole(PolicyAccess.Firms));
        api.MapGet("/", ListProfiles).WithName("ListProfiles").WithSummary("Every firm profile")
            .RequireAuthorization(policy => policy.RequireRole(PolicyAccess.Officers));
        api.MapGet("/{creditCode}", GetProfile).WithName("GetProfile").WithSummary("One firm's profile")
            .RequireAuthorization(policy => policy.RequireRole(PolicyAccess.Officers));
        api.MapPut("/{creditCode}/facts", UpdateFacts).WithName("UpdateFacts").WithSummary("An officer sets or corrects a firm's facts; re-matches and claws back what no longer qualifies")
            .RequireAuthorization(policy => policy.RequireRole(PolicyAccess.Officers));

        app.MapGet("/api/policy/cultivation-pool", ListCultivationPool).WithTags("Enterprise profiles").WithName("ListCultivationPool")
            .WithSummary("培育库: firms one numeric condition short of a policy in force, with the gap")
            .RequireAuthorization(policy => policy.RequireRole(PolicyAccess.Officers));
        return app;
    }

    public static async Task<Results<Ok<ProfileView>, ForbidHttpResult>> Register(
        RegisterProfileRequest request, ClaimsPrincipal principal, PolicyMatchContext db, ProfileService profiles, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (user.OwnFirm() is not { } creditCode)
        {
            return TypedResults.Forbid();
        }
        var profile = await profiles.GetOrStartAsync(creditCode, cancellationToken);
        var now = time.GetUtcNow();
        profile.Register(request.Name.Trim(), request.ContactMobile is { } mobile && MobileNumber.TryParse(mobile, out var normalised) ? normalised : null, user.Subject, now);
        db.AddAudit(user, "profile.registered", "profile", creditCode, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProfileView.From(profile, seesContactInClear: true));
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
        UpdateFactsRequest request, ClaimsPrincipal principal, PolicyMatchContext db, ProfileService profiles, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (user.OwnFirm() is not { } creditCode)
        {
            return TypedResults.NotFound();
        }
        return await UpdateAsync(creditCode, request, FactSources.Firm, user, db, profiles, time, mustExist: false, cancellationToken);
    }

    public static async Task<Results<Ok<ProfileView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateFacts(
        string creditCode, UpdateFactsRequest request, ClaimsPrincipal principal, PolicyMatchContext db, ProfileService profiles, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        return await UpdateAsync(creditCode, request, FactSources.Officer, user, db, profiles, time, mustExist: true, cancellationToken);
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
            var result = Model.Matching.PolicyMatcher.Match(version, profile.ToFacts(), today);
            return new CultivationView(r.CreditCode, profile.Name, r.PolicyCode, r.PolicyVersion, version.Title, result.Unmet.Select(ExplanationView.From).ToList());
        });
        return TypedResults.Ok(new Page<CultivationView>(page.PageIndex, page.PageSize, count, items));
    }

    private static async Task<Results<Ok<ProfileView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string creditCode, UpdateFactsRequest request, string source, PlatformUser user, PolicyMatchContext db, ProfileService profiles,
        TimeProvider time, bool mustExist, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (field, value) in request.Facts)
        {
            if (value.ValueKind == System.Text.Json.JsonValueKind.Null)
            {
                if (ProfileFields.Find(field) is null)
                {
                    problems[$"facts.{field}"] = [$"Unknown profile field '{field}'."];
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
            return TypedResults.ValidationProblem(problems, title: "Some facts cannot be stored.");
        }

        var profile = mustExist
            ? await db.Profiles.FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken)
            : await profiles.GetOrStartAsync(creditCode, cancellationToken);
        if (profile is null)
        {
            return TypedResults.NotFound();
        }
        await profiles.CorrectAsync(profile, request.Facts, source, user, cancellationToken);
        db.AddAudit(user, "profile.facts_updated", "profile", creditCode, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(
                title: "The profile changed at the same time (another update or an event); reload and try again.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["creditCode"] = creditCode });
        }
        return TypedResults.Ok(ProfileView.From(profile, seesContactInClear: true));
    }
}
