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

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>The policy catalogue (rules as data): read by everyone signed in, written and published by policy officers.</summary>
public static class PoliciesApi
{
    public static IEndpointRouteBuilder MapPoliciesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/policy/policies").WithTags("Policies");

        api.MapGet("/", ListPolicies).WithName("ListPolicies").WithSummary("Policies in force, by category, tag or mode")
            .RequireAuthorization();
        api.MapGet("/{code}", GetPolicy).WithName("GetPolicy").WithSummary("A policy's version in force (officers: latest) with its clauses and versions")
            .RequireAuthorization();
        api.MapGet("/{code}/versions/{version:int}", GetPolicyVersion).WithName("GetPolicyVersion").WithSummary("One version of a policy")
            .RequireAuthorization();
        api.MapPost("/", CreatePolicy).WithName("CreatePolicy").WithSummary("Create a policy as a draft version 1")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        api.MapPut("/{code}/draft", SaveDraft).WithName("SavePolicyDraft").WithSummary("Write the next version as a draft (published versions are immutable)")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        api.MapPost("/{code}/publish", PublishDraft).WithName("PublishPolicy").WithSummary("Put the draft in force: PolicyPublished, budget ledger, re-match of every firm")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        api.MapPost("/{code}/retire", RetirePolicy).WithName("RetirePolicy").WithSummary("Withdraw the version in force: PolicyRetired")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        api.MapGet("/{code}/candidates", ListCandidates).WithName("ListPolicyCandidates").WithSummary("Eligible and near-eligible firms for the version in force")
            .RequireAuthorization(PolicyMatchPolicies.Officers);

        app.MapGet("/api/policy/fields", ListFields).WithTags("Policies").WithName("ListProfileFields")
            .WithSummary("Profile fields conditions may use, with Chinese labels and units").RequireAuthorization();
        return app;
    }

    public static async Task<Ok<Page<PolicySummary>>> ListPolicies(
        [AsParameters] PageRequest page, [AsParameters] PolicyQuery query, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var versions = db.PolicyVersions.AsNoTracking().Where(v => v.Status == PolicyVersionStatus.Published);
        var policies = db.Policies.AsNoTracking();
        if (query.Category is { } category)
        {
            policies = policies.Where(p => p.Category == category);
        }
        if (query.Mode is { } mode)
        {
            versions = versions.Where(v => v.Mode == mode);
        }
        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            versions = versions.Where(v => v.Tags.Contains(query.Tag));
        }
        var joined = policies.Join(versions, p => p.Id, v => v.PolicyId, (p, v) => new { Policy = p, Version = v });
        var count = await joined.LongCountAsync(cancellationToken);
        var items = await joined.OrderBy(x => x.Policy.Code).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<PolicySummary>(page.PageIndex, page.PageSize, count, items.ConvertAll(x => PolicySummary.From(x.Policy, x.Version))));
    }

    public static async Task<Results<Ok<PolicyDetail>, NotFound>> GetPolicy(
        string code, ClaimsPrincipal principal, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var policy = await db.Policies.AsNoTracking().Include(p => p.Versions).AsSplitQuery().FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        var current = policy is null ? null : user.IsOfficer() ? policy.Latest : policy.InForce;
        if (policy is null || current is null)
        {
            return TypedResults.NotFound();
        }
        var versions = policy.Versions
            .Where(v => user.IsOfficer() || v.Status != PolicyVersionStatus.Draft)
            .OrderBy(v => v.Version)
            .Select(v => new VersionSummary(v.Version, v.Status, v.CreatedAt, v.PublishedAt, v.EndedAt)).ToList();
        return TypedResults.Ok(new PolicyDetail(PolicyVersionView.From(policy, current), versions));
    }

    public static async Task<Results<Ok<PolicyVersionView>, NotFound>> GetPolicyVersion(
        string code, int version, ClaimsPrincipal principal, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var policy = await db.Policies.AsNoTracking().Include(p => p.Versions.Where(v => v.Version == version))
            .FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        var found = policy?.Versions.FirstOrDefault();
        // Drafts are the officers' working copies, not policy.
        if (policy is null || found is null || (found.Status == PolicyVersionStatus.Draft && !user.IsOfficer()))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(PolicyVersionView.From(policy, found));
    }

    public static async Task<Results<Created<PolicyVersionView>, ValidationProblem, ProblemHttpResult>> CreatePolicy(
        CreatePolicyRequest request, ClaimsPrincipal principal, PolicyChanges changes, CancellationToken cancellationToken)
    {
        var terms = request.Terms.ToTerms();
        var problems = terms.Validate();
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(Prefix(problems, "terms"), title: "政策条款有误 (The policy terms are not valid.)");
        }
        var created = await changes.CreateAsync(request.Code, request.Category!.Value, terms, PlatformUser.From(principal), cancellationToken);
        if (!created.Succeeded)
        {
            return created.Failure.ToProblem();
        }
        var (policy, version) = created.Value;
        return TypedResults.Created($"/api/policy/policies/{policy.Code}", PolicyVersionView.From(policy, version));
    }

    public static async Task<Results<Ok<PolicyVersionView>, NotFound, ValidationProblem, ProblemHttpResult>> SaveDraft(
        string code, PolicyTermsRequest request, ClaimsPrincipal principal, PolicyChanges changes, CancellationToken cancellationToken)
    {
        var terms = request.ToTerms();
        var problems = terms.Validate();
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems, title: "政策条款有误 (The policy terms are not valid.)");
        }
        var saved = await changes.SaveDraftAsync(code, terms, PlatformUser.From(principal), cancellationToken);
        return Changed(saved);
    }

    public static async Task<Results<Ok<PolicyVersionView>, NotFound, ProblemHttpResult>> PublishDraft(
        string code, ClaimsPrincipal principal, PolicyChanges changes, CancellationToken cancellationToken)
    {
        var published = await changes.PublishAsync(code, PlatformUser.From(principal), cancellationToken);
        if (!published.Succeeded)
        {
            return published.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : published.Failure.ToProblem();
        }
        return TypedResults.Ok(PolicyVersionView.From(published.Value.Policy, published.Value.Version));
    }

    public static async Task<Results<Ok<PolicyVersionView>, NotFound, ProblemHttpResult>> RetirePolicy(
        string code, RetirePolicyRequest request, ClaimsPrincipal principal, PolicyChanges changes, CancellationToken cancellationToken)
    {
        var retired = await changes.RetireAsync(code, request.RetiredOn!.Value, PlatformUser.From(principal), cancellationToken);
        if (!retired.Succeeded)
        {
            return retired.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : retired.Failure.ToProblem();
        }
        return TypedResults.Ok(PolicyVersionView.From(retired.Value.Policy, retired.Value.Version));
    }

    public static async Task<Results<Ok<Page<CandidateView>>, NotFound>> ListCandidates(
        string code, [AsParameters] PageRequest page, [AsParameters] CandidateQuery query, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var version = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.Status == PolicyVersionStatus.Published && db.Policies.Any(p => p.Id == v.PolicyId && p.Code == code))
            .Select(v => new { v.Id }).FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return TypedResults.NotFound();
        }
        var records = db.MatchRecords.AsNoTracking().Where(m => m.PolicyVersionId == version.Id);
        records = query.Outcome is { } outcome ? records.Where(m => m.Outcome == outcome)
            : query.NearMiss is true ? records.Where(m => m.NearMiss)
            : records.Where(m => m.Outcome == ServiceDefaults.Eligibility.EligibilityOutcome.Met || m.NearMiss);
        var joined = records.Join(db.Profiles.AsNoTracking(), m => m.CreditCode, p => p.CreditCode, (m, p) => new { m, p.Name });
        var count = await joined.LongCountAsync(cancellationToken);
        var items = await joined.OrderBy(x => x.m.Outcome == ServiceDefaults.Eligibility.EligibilityOutcome.Met ? 0 : 1)
            .ThenByDescending(x => x.m.Amount).ThenBy(x => x.m.CreditCode)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CandidateView>(page.PageIndex, page.PageSize, count, items.ConvertAll(x => new CandidateView(
            x.m.CreditCode, x.Name, x.m.Outcome, x.m.Amount, x.m.NearMiss, x.m.UnmetCount, x.m.MissingCount, x.m.EligibleSince, x.m.NotifiedAt))));
    }

    public static Ok<IReadOnlyList<ProfileField>> ListFields() => TypedResults.Ok(ProfileFields.All);

    private static Dictionary<string, string[]> Prefix(IReadOnlyDictionary<string, string[]> problems, string prefix) =>
        problems.ToDictionary(p => $"{prefix}.{p.Key}", p => p.Value, StringComparer.Ordinal);

    private static Results<Ok<PolicyVersionView>, NotFound, ValidationProblem, ProblemHttpResult> Changed(Outcome<PolicyChange> change)
    {
        if (!change.Succeeded)
        {
            return change.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : change.Failure.ToProblem();
        }
        return TypedResults.Ok(PolicyVersionView.From(change.Value.Policy, change.Value.Version));
    }
}
