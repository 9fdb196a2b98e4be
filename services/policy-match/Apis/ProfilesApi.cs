using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
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

    /// <summary>
    /// Naming the firm depends on nothing the caller read, so when an event's consumer changed the profile at the same
    /// moment (a burst of them follows a firm's registration) it is simply applied again to the fresh profile.
    /// </summary>
    public static async Task<Results<Ok<ProfileView>, ForbidHttpResult, ProblemHttpResult>> Register(
        RegisterProfileRequest request, ClaimsPrincipal principal, PolicyMatchContext db, ProfileService profiles, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (user.OwnFirm() is not { } creditCode)
        {
            return TypedResults.Forbid();
        }
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var profile = await profiles.GetOrStartAsync(creditCode, cancellationToken);
            var now = time.GetUtcNow();
            profile.Register(request.Name.Trim(), request.ContactMobile is { } mobile && MobileNumber.TryParse(mobile, out var normalised) ? normalised : null, user.Subject, now);
            db.AddAudit(user, "profile.registered", "profile", creditCode, now);
            var conflict = await SaveAsync(profile, db, cancellationToken);
            if (conflict is null)
            {
                return TypedResults.Ok(ProfileView.From(profile, seesContactInClear: true));
            }
            if (attempt == Attempts)
            {
                return conflict;
            }
            db.ChangeTracker.Clear();
        }
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

    public static async Task<Results<Ok<ProfileView>, NotFound, ProblemHttpResult>> VerifyDeclaration(
        string creditCode, string field, ClaimsPrincipal principal, PolicyMatchContext db, ProfileService profiles, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var profile = await db.Profiles.FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        if (profile is null || !await profiles.VerifyAsync(profile, field, user, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        db.AddAudit(user, "profile.declaration_verified", "profile", $"{creditCode}/{field}", time.GetUtcNow());
        if (await SaveAsync(profile, db, cancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Ok(ProfileView.From(profile, seesContactInClear: true));
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
            var result = Model.Matching.PolicyMatcher.Match(version, profile.ToFacts(FactTrust.WithDeclarations), today);
            return new CultivationView(r.CreditCode, profile.Name, r.PolicyCode, r.PolicyVersion, version.Title, result.Unmet.Select(e => ExplanationView.From(e, profile)).ToList());
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
            return TypedResults.ValidationProblem(problems, title: "有的数据无法保存 (some facts cannot be stored).");
        }
        // The firm declares only what is its own to declare, an officer enters only what no service reports by event:
        // what an authority asserts comes from that authority.
        var byFirm = source == FactSources.Firm;
        var owned = request.Facts.Keys.Select(ProfileFields.Find).OfType<ProfileField>()
            .Where(f => byFirm ? !f.Declarable : !f.OfficerMaySet).ToList();
        if (owned.Count > 0)
        {
            var who = byFirm ? "企业不能自行申报" : "经办人员不能代为录入";
            return TypedResults.Problem(
                title: byFirm
                    ? "企业不能自行申报由主管部门提供的数据 (these facts are asserted by an authority, not by the firm)."
                    : "经办人员不能录入由其他服务按事件提供的数据 (these facts come only from the owning service's events).",
                detail: string.Join("；", owned.Select(f => $"{f.Key}（{f.Label}）由{f.Authority}提供")),
                statusCode: StatusCodes.Status403Forbidden,
                extensions: new Dictionary<string, object?>
                {
                    ["field"] = $"facts.{owned[0].Key}",
                    ["errors"] = owned.ToDictionary(f => $"facts.{f.Key}", f => new[] { $"{f.Label}由{f.Authority}提供，{who} ('{f.Key}' is asserted by {f.Owner})." }),
                });
        }

        var profile = mustExist
            ? await db.Profiles.FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken)
            : await profiles.GetOrStartAsync(creditCode, cancellationToken);
        if (profile is null)
        {
            return TypedResults.NotFound();
        }
        if (request.Facts.TryGetValue(ProfileFields.Certifications, out var certifications)
            && certifications.ValueKind == System.Text.Json.JsonValueKind.Array
            && CertificationCatalogue.GrantProblem(profile.Texts(ProfileFields.Certifications), certifications.EnumerateArray().Select(c => c.GetString()!)) is { } tooMany)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [$"facts.{ProfileFields.Certifications}"] = [tooMany] }, title: "有的数据无法保存 (some facts cannot be stored).");
        }
        if (source == FactSources.Firm)
        {
            await profiles.DeclareAsync(profile, request.Facts, user, cancellationToken);
            db.AddAudit(user, "profile.facts_declared", "profile", creditCode, time.GetUtcNow());
        }
        else
        {
            await profiles.SetByOfficerAsync(profile, request.Facts, user, cancellationToken);
            db.AddAudit(user, "profile.facts_updated", "profile", creditCode, time.GetUtcNow());
        }
        if (await SaveAsync(profile, db, cancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Ok(ProfileView.From(profile, seesContactInClear: true));
    }

    /// <summary>Saves; a 409 (never a 500) when the profile or a claim changed at the same time, or was created twice at once.</summary>
    private static async Task<ProblemHttpResult?> SaveAsync(FirmProfile profile, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(
                title: "档案同时被修改（另一次更新或部门事件），请刷新后重试 (the profile changed at the same time; reload and try again).",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["creditCode"] = profile.CreditCode, ["field"] = "facts" });
        }
    }
}
