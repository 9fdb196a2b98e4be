using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.PolicyMatch.Operations;

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
        PolicyMatchContext db,
        MatchingService matching,
        PolicyMatchMetrics telemetry,
        HolidayCalendar calendar,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (user.OwnFirm() is not { } creditCode)
        {
            return TypedResults.NotFound();
        }
        if (idempotencyKey is not null &&
            await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.CreatedBy == user.Subject && c.IdempotencyKey == idempotencyKey, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(new ApplicationView(ClaimView.From(earlier), new Coaching([], [], [])));
        }

        var inForce = (await matching.InForceAsync(cancellationToken)).FirstOrDefault(p => p.Policy.Code == request.PolicyCode);
        if (inForce is null)
        {
            return TypedResults.NotFound();
        }
        var (policy, version) = inForce;
        if (version.Mode == PolicyMode.NoApplication)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "免申即享：本政策无需申请 (this policy needs no application)",
                "符合条件的企业会收到兑现通知，确认即可；请查看您的申领记录 (eligible firms receive an offer to confirm; see your claims)", "policyCode");
        }

        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        var result = PolicyMatcher.Match(version, profile?.ToFacts(FactTrust.WithDeclarations) ?? new Facts(), matching.Today);
        var coaching = MatchView.From(policy, version, result, profile).Coaching;
        if (result.Outcome == EligibilityOutcome.NotMet)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "企业不符合政策条件 (the firm does not meet the policy's conditions)",
                string.Join("；", result.Unmet.Select(e => e.Text)), "policyCode", coaching);
        }
        if (result.Amount is not { } amount || amount <= 0)
        {
            var field = version.AmountRule switch { PercentageAmount p => p.Field, TieredAmount t => t.Field, _ => "amountRule" };
            return Problem(StatusCodes.Status422UnprocessableEntity, "无法根据企业画像计算金额 (the amount cannot be computed from the profile)",
                $"请先在企业画像中填报 {field} (provide '{field}' on your profile first)", field, coaching);
        }

        var now = time.GetUtcNow();
        var record = await db.MatchRecords.AsNoTracking().FirstOrDefaultAsync(m => m.CreditCode == creditCode && m.PolicyVersionId == version.Id, cancellationToken);
        var due = calendar.Current.AddWorkingDays(now, SubsidyClaim.ReviewWorkingDays).ToUniversalTime();
        var basis = DecisionBasis.From(profile, version, FactTrust.WithDeclarations, []);
        var claim = SubsidyClaim.Apply(policy, version, creditCode, amount, request.Statement?.Trim(), idempotencyKey, user.Subject, record?.EligibleSince, due, basis, now);
        db.Claims.Add(claim);
        db.AddAudit(user, "claim.submitted", "claim", claim.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // The same caller sent the same key at the same time: the one that won is the answer to both.
            if (idempotencyKey is not null &&
                await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.CreatedBy == user.Subject && c.IdempotencyKey == idempotencyKey, cancellationToken) is { } winner)
            {
                return TypedResults.Ok(new ApplicationView(ClaimView.From(winner), coaching));
            }
            return Problem(StatusCodes.Status409Conflict, "企业在本期已申领过该政策 (the firm already has a claim on this policy for the period)",
                $"{policy.Code}（{version.BudgetPeriod}）已申请、已通知或已兑现 ({policy.Code} ({version.BudgetPeriod}) is already applied for, offered or paid)", "policyCode");
        }
        telemetry.Application("submitted");
        return TypedResults.Created($"/api/policy/claims/{claim.Id}", new ApplicationView(ClaimView.From(claim), coaching));
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
            return decided.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : Problem(decided.Failure);
        }
        return TypedResults.Ok(Paid(decided.Value));
    }

    public static async Task<Results<Ok<ClaimView>, NotFound, ProblemHttpResult>> Decline(
        Guid id, ClaimsPrincipal principal, ClaimDecisions decisions, CancellationToken cancellationToken)
    {
        var decided = await decisions.DeclineAsync(id, PlatformUser.From(principal), cancellationToken);
        if (!decided.Succeeded)
        {
            return decided.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : Problem(decided.Failure);
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
            return decided.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : Problem(decided.Failure);
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
            return decided.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : Problem(decided.Failure);
        }
        return TypedResults.Ok(ClaimView.From(decided.Value.Claim));
    }

    private static PaidView Paid(ClaimDecision decision) =>
        new(ClaimView.From(decision.Claim), DisbursementView.From(decision.Disbursement!));

    /// <summary>
    /// A decision's refusal as this API has always sent it: the title, the detail (none when the message is empty),
    /// <c>field</c> when the refusal names one, and the refusal's own members (such as <c>currentState</c>).
    /// </summary>
    private static ProblemHttpResult Problem(Failure failure)
    {
        var extensions = new Dictionary<string, object?>();
        if (failure.Field.Length > 0)
        {
            extensions["field"] = failure.Field;
        }
        foreach (var (member, value) in failure.Extensions)
        {
            extensions[member] = value;
        }
        var status = failure.Kind == FailureKind.Unprocessable ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return TypedResults.Problem(title: failure.Title, detail: failure.Message.Length > 0 ? failure.Message : null, statusCode: status, extensions: extensions);
    }

    private static ProblemHttpResult Problem(int status, string title, string? detail, string field, Coaching? coaching = null)
    {
        var extensions = new Dictionary<string, object?> { ["field"] = field };
        if (coaching is not null)
        {
            extensions["coaching"] = coaching;
        }
        return TypedResults.Problem(title: title, detail: detail, statusCode: status, extensions: extensions);
    }
}
