using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>
/// 申报辅导 → 资金兑现: 快申快享 applications reviewed within 60 working days, 免申即享 offers confirmed (or
/// declined) by the firm; either way paid through the ledger.
/// </summary>
public static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/policy/claims").WithTags("Applications and payments");

        api.MapPost("/", Apply).WithName("ApplyForPolicy").WithSummary("快申快享: apply for a policy (Idempotency-Key); answers with the coaching")
            .RequireAuthorization(PolicyMatchPolicies.Firms);
        api.MapGet("/", ListClaims).WithName("ListClaims").WithSummary("Claims: a firm's own; every claim for officers")
            .RequireAuthorization(PolicyMatchPolicies.FirmsAndOfficers);
        api.MapGet("/{id:guid}", GetClaim).WithName("GetClaim").WithSummary("One claim")
            .RequireAuthorization(PolicyMatchPolicies.FirmsAndOfficers);
        api.MapPost("/{id:guid}/confirm", Confirm).WithName("ConfirmOffer").WithSummary("免申即享: the firm confirms and is paid")
            .RequireAuthorization(PolicyMatchPolicies.Firms);
        api.MapPost("/{id:guid}/decline", Decline).WithName("DeclineOffer").WithSummary("免申即享: the firm declines the benefit")
            .RequireAuthorization(PolicyMatchPolicies.Firms);
        api.MapPost("/{id:guid}/approve", Approve).WithName("ApproveApplication").WithSummary("快申快享: approve and pay (re-checked on today's facts)")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        api.MapPost("/{id:guid}/reject", Reject).WithName("RejectApplication").WithSummary("快申快享: reject with a reason")
            .RequireAuthorization(PolicyMatchPolicies.Officers);
        return app;
    }

    public static async Task<Results<Created<ApplicationView>, Ok<ApplicationView>, NotFound, ProblemHttpResult>> Apply(
        ApplyRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal principal,
        ClaimApplications applications,
        CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Invalid(idempotencyKey) is { } badKey)
        {
            return badKey.ToProblem();
        }
        var applied = await applications.ApplyAsync(request.PolicyCode, request.Statement, idempotencyKey, PlatformUser.From(principal), cancellationToken);
        if (!applied.Succeeded)
        {
            return applied.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : Refusal(applied.Failure);
        }
        var (claim, created, assessment) = applied.Value;
        var view = new ApplicationView(ClaimView.From(claim), assessment is null ? new Coaching([], [], []) : CoachingFor(assessment));
        return created ? TypedResults.Created($"/api/policy/claims/{claim.Id}", view) : TypedResults.Ok(view);
    }

    public static async Task<Ok<Page<ClaimView>>> ListClaims(
        [AsParameters] PageRequest page, [AsParameters] ClaimQuery query, ClaimsPrincipal principal, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var claims = ClaimDecisions.Visible(db.Claims.AsNoTracking(), user);
        if (query.Status is { } status)
        {
            claims = claims.Where(c => c.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.PolicyCode))
        {
            claims = claims.Where(c => c.PolicyCode == query.PolicyCode);
        }
        var count = await claims.LongCountAsync(cancellationToken);
        var items = await claims.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ClaimView>(page.PageIndex, page.PageSize, count, items.ConvertAll(ClaimView.From)));
    }

    public static async Task<Results<Ok<ClaimView>, NotFound>> GetClaim(
        Guid id, ClaimsPrincipal principal, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var claim = await ClaimDecisions.Visible(db.Claims.AsNoTracking(), user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return claim is null ? TypedResults.NotFound() : TypedResults.Ok(ClaimView.From(claim));
    }

    public static async Task<Results<Ok<PaidView>, NotFound, ProblemHttpResult>> Confirm(
        Guid id, ClaimsPrincipal principal, ClaimDecisions decisions, CancellationToken cancellationToken)
    {
        var decided = await decisions.ConfirmAsync(id, PlatformUser.From(principal), cancellationToken);
        if (!decided.Succeeded)
        {
            return decided.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : decided.Failure.ToProblem();
        }
        return TypedResults.Ok(Paid(decided.Value));
    }

    public static async Task<Results<Ok<ClaimView>, NotFound, ProblemHttpResult>> Decline(
        Guid id, ClaimsPrincipal principal, ClaimDecisions decisions, CancellationToken cancellationToken)
    {
        var decided = await decisions.DeclineAsync(id, PlatformUser.From(principal), cancellationToken);
        if (!decided.Succeeded)
        {
            return decided.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : decided.Failure.ToProblem();
        }
        return TypedResults.Ok(ClaimView.From(decided.Value.Claim));
    }

    /// <summary>
    /// 快申快享: an officer approves (with an optional reason) and the claim is paid on today's facts, declarations
    /// included (the officer vouches for them). Above <see cref="ClaimReviewOptions.SecondApprovalAboveYuan"/> the
    /// first approval is recorded (202) and a second, different officer's approval pays.
    /// </summary>
    public static async Task<Results<Ok<PaidView>, Accepted<ClaimView>, NotFound, ProblemHttpResult>> Approve(
        Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ApproveRequest? request, ClaimsPrincipal principal,
        ClaimDecisions decisions, CancellationToken cancellationToken)
    {
        var decided = await decisions.ApproveAsync(id, request?.Reason?.Trim(), PlatformUser.From(principal), cancellationToken);
        if (!decided.Succeeded)
        {
            return decided.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : decided.Failure.ToProblem();
        }
        var claim = decided.Value.Claim;
        return decided.Value.Disbursement is null
            ? TypedResults.Accepted($"/api/policy/claims/{claim.Id}", ClaimView.From(claim))
            : TypedResults.Ok(Paid(decided.Value));
    }

    public static async Task<Results<Ok<ClaimView>, NotFound, ProblemHttpResult>> Reject(
        Guid id, RejectRequest request, ClaimsPrincipal principal, ClaimDecisions decisions, CancellationToken cancellationToken)
    {
        var decided = await decisions.RejectAsync(id, request.Reason.Trim(), PlatformUser.From(principal), cancellationToken);
        if (!decided.Succeeded)
        {
            return decided.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : decided.Failure.ToProblem();
        }
        return TypedResults.Ok(ClaimView.From(decided.Value.Claim));
    }

    private static PaidView Paid(ClaimDecision decision) =>
        new(ClaimView.From(decision.Claim), DisbursementView.From(decision.Disbursement!));

    /// <summary>A refusal as a field problem; one made on the firm's assessment coaches the firm (what is unmet, what to provide).</summary>
    private static ProblemHttpResult Refusal(Failure failure) =>
        (failure.Extensions.TryGetValue(ClaimApplications.AssessmentMember, out var member) && member is ClaimAssessment assessment
            ? failure.With(ClaimApplications.AssessmentMember, CoachingFor(assessment))
            : failure).ToProblem();

    private static Coaching CoachingFor(ClaimAssessment a) => MatchView.From(a.Policy, a.Version, a.Result, a.Profile).Coaching;
}
