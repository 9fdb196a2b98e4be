using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Services;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Paging;

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
            .RequireAuthorization(policy => policy.RequireRole(PolicyAccess.Firms));
        api.MapGet("/", ListClaims).WithName("ListClaims").WithSummary("Claims: a firm's own; every claim for officers")
            .RequireAuthorization(policy => policy.RequireRole([.. PolicyAccess.Firms, .. PolicyAccess.Officers]));
        api.MapGet("/{id:guid}", GetClaim).WithName("GetClaim").WithSummary("One claim")
            .RequireAuthorization(policy => policy.RequireRole([.. PolicyAccess.Firms, .. PolicyAccess.Officers]));
        api.MapPost("/{id:guid}/confirm", Confirm).WithName("ConfirmOffer").WithSummary("免申即享: the firm confirms and is paid")
            .RequireAuthorization(policy => policy.RequireRole(PolicyAccess.Firms));
        api.MapPost("/{id:guid}/decline", Decline).WithName("DeclineOffer").WithSummary("免申即享: the firm declines the benefit")
            .RequireAuthorization(policy => policy.RequireRole(PolicyAccess.Firms));
        api.MapPost("/{id:guid}/approve", Approve).WithName("ApproveApplication").WithSummary("快申快享: approve and pay (re-checked on today's facts)")
            .RequireAuthorization(policy => policy.RequireRole(PolicyAccess.Officers));
        api.MapPost("/{id:guid}/reject", Reject).WithName("RejectApplication").WithSummary("快申快享: reject with a reason")
            .RequireAuthorization(policy => policy.RequireRole(PolicyAccess.Officers));
        return app;
    }

    public static async Task<Results<Created<ApplicationView>, Ok<ApplicationView>, NotFound, ProblemHttpResult>> Apply(
        ApplyRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal principal,
        PolicyMatchContext db,
        MatchingService matching,
        PolicyMatchTelemetry telemetry,
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
            return Problem(StatusCodes.Status422UnprocessableEntity, "免申即享: this policy needs no application.",
                "Eligible firms receive an offer to confirm; see your claims.", "policyCode");
        }

        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        var result = PolicyMatcher.Match(version, profile?.ToFacts() ?? new Facts(), matching.Today);
        var coaching = MatchView.From(policy, version, result).Coaching;
        if (result.Outcome == EligibilityOutcome.NotMet)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "The firm does not meet the policy's conditions.",
                string.Join("；", result.Unmet.Select(e => e.Text)), "policyCode", coaching);
        }
        if (result.Amount is not { } amount || amount <= 0)
        {
            var field = version.AmountRule switch { PercentageAmount p => p.Field, TieredAmount t => t.Field, _ => "amountRule" };
            return Problem(StatusCodes.Status422UnprocessableEntity, "The amount cannot be computed from the profile.",
                $"Provide '{field}' on your profile first.", field, coaching);
        }

        var now = time.GetUtcNow();
        var record = await db.MatchRecords.AsNoTracking().FirstOrDefaultAsync(m => m.CreditCode == creditCode && m.PolicyVersionId == version.Id, cancellationToken);
        var due = WorkingDayCalendar.ChinaMainland.AddWorkingDays(now, SubsidyClaim.ReviewWorkingDays).ToUniversalTime();
        var claim = SubsidyClaim.Apply(policy, version, creditCode, amount, request.Statement?.Trim(), idempotencyKey, user.Subject, record?.EligibleSince, due, now);
        db.Claims.Add(claim);
        db.AddAudit(user, "claim.submitted", "claim", claim.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return Problem(StatusCodes.Status409Conflict, "The firm already has a claim on this policy for the period.",
                $"{policy.Code} ({version.BudgetPeriod}) is already applied for, offered or paid.", "policyCode");
        }
        telemetry.Application("submitted");
        return TypedResults.Created($"/api/policy/claims/{claim.Id}", new ApplicationView(ClaimView.From(claim), coaching));
    }

    public static async Task<Ok<Page<ClaimView>>> ListClaims(
        [AsParameters] PageRequest page, [AsParameters] ClaimQuery query, ClaimsPrincipal principal, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var claims = Visible(db.Claims.AsNoTracking(), user);
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
        var claim = await Visible(db.Claims.AsNoTracking(), user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return claim is null ? TypedResults.NotFound() : TypedResults.Ok(ClaimView.From(claim));
    }

    public static async Task<Results<Ok<PaidView>, NotFound, ProblemHttpResult>> Confirm(
        Guid id, ClaimsPrincipal principal, PolicyMatchContext db, MatchingService matching, SubsidyLedger ledger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var claim = await Visible(db.Claims, user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }
        if (claim.Status != ClaimStatus.Offered)
        {
            return StateConflict(claim, "Only an offered 免申即享 benefit can be confirmed.");
        }
        return await PayAsync(claim, user, db, matching, ledger, cancellationToken);
    }

    public static async Task<Results<Ok<ClaimView>, NotFound, ProblemHttpResult>> Decline(
        Guid id, ClaimsPrincipal principal, PolicyMatchContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var claim = await Visible(db.Claims, user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        if (!claim.Decline(user.Subject, now))
        {
            return StateConflict(claim, "Only an offered 免申即享 benefit can be declined.");
        }
        db.AddAudit(user, "claim.declined", "claim", claim.Id.ToString(), now);
        return await SaveAsync(claim, db, cancellationToken);
    }

    public static async Task<Results<Ok<PaidView>, NotFound, ProblemHttpResult>> Approve(
        Guid id, ClaimsPrincipal principal, PolicyMatchContext db, MatchingService matching, SubsidyLedger ledger, PolicyMatchTelemetry telemetry,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var claim = await db.Claims.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }
        if (claim.Status != ClaimStatus.Submitted)
        {
            return StateConflict(claim, "Only a submitted 快申快享 application can be approved.");
        }
        var paid = await PayAsync(claim, user, db, matching, ledger, cancellationToken);
        if (paid.Result is Ok<PaidView>)
        {
            telemetry.Application("approved");
        }
        return paid;
    }

    public static async Task<Results<Ok<ClaimView>, NotFound, ProblemHttpResult>> Reject(
        Guid id, RejectRequest request, ClaimsPrincipal principal, PolicyMatchContext db, PolicyMatchTelemetry telemetry, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var claim = await db.Claims.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        if (!claim.Reject(request.Reason.Trim(), user.Subject, now))
        {
            return StateConflict(claim, "Only a submitted 快申快享 application can be rejected.");
        }
        db.AddAudit(user, "claim.rejected", "claim", claim.Id.ToString(), now);
        var saved = await SaveAsync(claim, db, cancellationToken);
        if (saved.Result is Ok<ClaimView>)
        {
            telemetry.Application("rejected");
        }
        return saved;
    }

    /// <summary>Pays on today's facts and the version claimed under: still eligible, the amount its rule gives now.</summary>
    private static async Task<Results<Ok<PaidView>, NotFound, ProblemHttpResult>> PayAsync(
        SubsidyClaim claim, PlatformUser user, PolicyMatchContext db, MatchingService matching, SubsidyLedger ledger, CancellationToken cancellationToken)
    {
        var version = await db.PolicyVersions.AsNoTracking().FirstAsync(v => v.Id == claim.PolicyVersionId, cancellationToken);
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == claim.CreditCode, cancellationToken);
        var result = PolicyMatcher.Match(version, profile?.ToFacts() ?? new Facts(), matching.Today);
        if (result.Outcome != EligibilityOutcome.Met)
        {
            var reasons = result.Unmet.Concat(result.Missing).Select(e => e.Text);
            return Problem(StatusCodes.Status422UnprocessableEntity, "The firm does not qualify on today's facts.", string.Join("；", reasons), "conditions");
        }

        var payment = await ledger.PayAsync(claim, result.Amount ?? 0, user, cancellationToken);
        return payment.Outcome switch
        {
            PaymentOutcome.Paid => TypedResults.Ok(new PaidView(ClaimView.From(claim), DisbursementView.From(payment.Disbursement!))),
            PaymentOutcome.AlreadyPaid => Problem(StatusCodes.Status409Conflict, "The firm was already paid under this policy for the period.",
                $"{claim.PolicyCode} ({claim.BudgetPeriod}) pays each firm once.", "creditCode"),
            PaymentOutcome.BudgetExhausted => Problem(StatusCodes.Status409Conflict, "The policy's budget for the period cannot cover this payment (额满即止).",
                $"{claim.PolicyCode} ({claim.BudgetPeriod}) has less than {result.Amount:0.##} yuan left.", "budgetEnvelope"),
            PaymentOutcome.NothingToPay => Problem(StatusCodes.Status422UnprocessableEntity, "The amount rule gives nothing on today's facts.", null, "amountRule"),
            _ => Problem(StatusCodes.Status409Conflict, "The claim was decided by someone else at the same time.", null, "status"),
        };
    }

    private static async Task<Results<Ok<ClaimView>, NotFound, ProblemHttpResult>> SaveAsync(SubsidyClaim claim, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem(StatusCodes.Status409Conflict, "The claim was decided by someone else at the same time.", null, "status");
        }
        return TypedResults.Ok(ClaimView.From(claim));
    }

    /// <summary>Officers see every claim; a firm only its own (another firm's is a 404, like one that does not exist).</summary>
    private static IQueryable<SubsidyClaim> Visible(IQueryable<SubsidyClaim> claims, PlatformUser user) =>
        user.IsOfficer() ? claims
        : user.OwnFirm() is { } creditCode ? claims.Where(c => c.CreditCode == creditCode)
        : claims.Where(_ => false);

    private static ProblemHttpResult StateConflict(SubsidyClaim claim, string detail) => TypedResults.Problem(
        title: "The claim cannot change in its current state.", detail: detail, statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["currentState"] = claim.Status.ToString() });

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
