using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;

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
        CreatePolicyRequest request, ClaimsPrincipal principal, PolicyMatchContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var terms = request.Terms.ToTerms();
        var problems = terms.Validate();
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(Prefix(problems, "terms"), title: "政策条款有误 (The policy terms are not valid.)");
        }
        if (await db.Policies.AnyAsync(p => p.Code == request.Code, cancellationToken))
        {
            return CodeTaken(request.Code);
        }

        var now = time.GetUtcNow();
        var policy = Policy.Create(request.Code, request.Category!.Value, terms, user.Subject, now);
        db.Policies.Add(policy);
        db.AddAudit(user, "policy.created", "policy", policy.Code, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CodeTaken(request.Code);
        }
        return TypedResults.Created($"/api/policy/policies/{policy.Code}", PolicyVersionView.From(policy, policy.Latest));
    }

    public static async Task<Results<Ok<PolicyVersionView>, NotFound, ValidationProblem, ProblemHttpResult>> SaveDraft(
        string code, PolicyTermsRequest request, ClaimsPrincipal principal, PolicyMatchContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var terms = request.ToTerms();
        var problems = terms.Validate();
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems, title: "政策条款有误 (The policy terms are not valid.)");
        }
        var policy = await db.Policies.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (policy is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var draft = policy.CurrentDraft;
        if (draft is not null)
        {
            draft.Revise(terms);
        }
        else
        {
            draft = policy.StartDraft(terms, now)!;
            // A new version with its id already set: tell EF it is new, not an update of an existing row.
            db.PolicyVersions.Add(draft);
        }
        db.AddAudit(user, "policy.draft_saved", "policy", $"{policy.Code}/v{draft.Version}", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Conflict("保存草稿时政策已被修改，请刷新后重试 (the policy changed while the draft was being saved; reload and try again)", policy.Code);
        }
        return TypedResults.Ok(PolicyVersionView.From(policy, draft));
    }

    public static async Task<Results<Ok<PolicyVersionView>, NotFound, ProblemHttpResult>> PublishDraft(
        string code, ClaimsPrincipal principal, PolicyMatchContext db, SubsidyLedger ledger, MatchingService matching,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var policy = await db.Policies.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (policy is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var (published, problems) = policy.PublishDraft(user.Subject, now);
        if (published is null)
        {
            return TypedResults.Problem(
                title: "政策不能发布 (the policy cannot be published)",
                detail: string.Join(" ", problems.SelectMany(p => p.Value)),
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["errors"] = problems });
        }
        var version = policy.InForce!;
        if (!await ledger.OpenAsync(policy.Code, version, cancellationToken))
        {
            return TypedResults.Problem(
                title: "资金总额低于本期已兑现金额 (the budget envelope is below what is already paid for the period)",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["budgetEnvelope"] = ["资金总额须覆盖本期已兑现的金额 (the envelope must cover the amounts already paid in this period)"] } });
        }
        db.AddIntegrationEvent(published, aggregateKey: policy.Id.ToString());
        db.AddAudit(user, "policy.published", "policy", $"{policy.Code}/v{version.Version}", now);
        await matching.RematchPolicyAsync(policy, version, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Conflict("其他工作人员同时修改了该政策，请刷新后重试 (another officer changed the policy at the same time; reload and try again)", policy.Code);
        }
        return TypedResults.Ok(PolicyVersionView.From(policy, version));
    }

    public static async Task<Results<Ok<PolicyVersionView>, NotFound, ProblemHttpResult>> RetirePolicy(
        string code, RetirePolicyRequest request, ClaimsPrincipal principal, PolicyMatchContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var policy = await db.Policies.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (policy is null)
        {
            return TypedResults.NotFound();
        }
        var inForce = policy.InForce;
        var now = time.GetUtcNow();
        var retired = policy.Retire(request.RetiredOn!.Value, now);
        if (retired is null || inForce is null)
        {
            return Conflict("该政策没有现行版本可废止 (the policy has no version in force to retire)", policy.Code);
        }
        db.AddIntegrationEvent(retired, aggregateKey: policy.Id.ToString());
        db.AddAudit(user, "policy.retired", "policy", $"{policy.Code}/v{inForce.Version}", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Conflict("其他工作人员同时修改了该政策，请刷新后重试 (another officer changed the policy at the same time; reload and try again)", policy.Code);
        }
        return TypedResults.Ok(PolicyVersionView.From(policy, inForce));
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

    private static ProblemHttpResult CodeTaken(string code) => TypedResults.Problem(
        title: "该编码的政策已存在 (a policy with this code already exists)",
        detail: $"政策 {code} 已存在，请改为起草新版本 (policy {code} exists; write a new version of it as a draft instead)",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["field"] = "code" });

    private static ProblemHttpResult Conflict(string detail, string code) => TypedResults.Problem(
        title: "政策未能变更 (the policy could not be changed)", detail: detail, statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["policyCode"] = code });
}
