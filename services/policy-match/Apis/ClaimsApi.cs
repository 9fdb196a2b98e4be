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
        PolicyMatchTelemetry telemetry,
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
            return StateConflict(claim, "只有免申即享的兑现通知可以确认 (only an offered 免申即享 benefit can be confirmed).");
        }
        // 免申即享 pays on authoritative facts only, checked again now: a fact withdrawn or merely declared stops it.
        var (result, version, profile, refused) = await CheckAsync(claim, FactTrust.AuthoritativeOnly, db, matching, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        var basis = DecisionBasis.From(profile, version, FactTrust.AuthoritativeOnly, [DecisionBasis.System]);
        return await PayAsync(claim, result.Amount ?? 0, user, basis, null, ledger, cancellationToken);
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
            return StateConflict(claim, "只有免申即享的兑现通知可以放弃 (only an offered 免申即享 benefit can be declined)");
        }
        db.AddAudit(user, "claim.declined", "claim", claim.Id.ToString(), now);
        return await SaveAsync(claim, db, cancellationToken);
    }

    /// <summary>
    /// 快申快享: an officer approves (with an optional reason) and the claim is paid on today's facts, declarations
    /// included (the officer vouches for them). Above <see cref="ClaimReviewOptions.SecondApprovalAboveYuan"/> the
    /// first approval is recorded (202) and a second, different officer's approval pays.
    /// </summary>
    public static async Task<Results<Ok<PaidView>, Accepted<ClaimView>, NotFound, ProblemHttpResult>> Approve(
        Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ApproveRequest? request, ClaimsPrincipal principal, PolicyMatchContext db,
        MatchingService matching, SubsidyLedger ledger, PolicyMatchTelemetry telemetry, IOptions<ClaimReviewOptions> review, TimeProvider time,
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
            return StateConflict(claim, "只有待审核的快申快享申请可以批准 (only a submitted 快申快享 application can be approved).");
        }
        var (result, version, profile, refused) = await CheckAsync(claim, FactTrust.WithDeclarations, db, matching, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        var amount = result.Amount ?? 0;
        var reason = request?.Reason?.Trim();
        var now = time.GetUtcNow();
        List<string> deciders = [user.Subject];
        if (Math.Max(amount, claim.Amount) > review.Value.SecondApprovalAboveYuan)
        {
            if (claim.FirstApprovedBy is null)
            {
                claim.ApproveFirst(user.Subject, user.Name, reason, now);
                db.AddAudit(user, "claim.approval_first", "claim", claim.Id.ToString(), now);
                var saved = await SaveAsync(claim, db, cancellationToken);
                return saved.Result is Ok<ClaimView> ok ? TypedResults.Accepted($"/api/policy/claims/{claim.Id}", ok.Value) : (ProblemHttpResult)saved.Result;
            }
            if (claim.FirstApprovedBy == user.Subject)
            {
                return Problem(StatusCodes.Status409Conflict, "超过复核金额的申请须由另一位政策专员复核批准 (a second, different officer must approve).",
                    $"{claim.Amount:0.##} 元超过 {review.Value.SecondApprovalAboveYuan:0.##} 元；{user.Subject} 已作第一次批准。", "approvedBy");
            }
            deciders.Insert(0, claim.FirstApprovedBy);
        }
        db.AddAudit(user, "claim.approved", "claim", claim.Id.ToString(), now);
        var basis = DecisionBasis.From(profile, version, FactTrust.WithDeclarations, deciders);
        var paid = await PayAsync(claim, amount, user, basis, reason, ledger, cancellationToken);
        if (paid.Result is Ok<PaidView>)
        {
            telemetry.Application("approved");
        }
        return paid.Result switch
        {
            Ok<PaidView> ok => ok,
            NotFound notFound => notFound,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException("Unexpected payment result."),
        };
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
            return StateConflict(claim, "只有待审核的快申快享申请可以驳回 (only a submitted 快申快享 application can be rejected)");
        }
        db.AddAudit(user, "claim.rejected", "claim", claim.Id.ToString(), now);
        var saved = await SaveAsync(claim, db, cancellationToken);
        if (saved.Result is Ok<ClaimView>)
        {
            telemetry.Application("rejected");
        }
        return saved;
    }

    /// <summary>
    /// Today's facts, on the trust the claim allows, against the version claimed under: a problem when the firm
    /// does not qualify (naming each field not met or not known on that trust), else the result.
    /// </summary>
    private static async Task<(MatchResult Result, PolicyVersion Version, FirmProfile? Profile, ProblemHttpResult? Refused)> CheckAsync(
        SubsidyClaim claim, FactTrust trust, PolicyMatchContext db, MatchingService matching, CancellationToken cancellationToken)
    {
        var version = await db.PolicyVersions.AsNoTracking().FirstAsync(v => v.Id == claim.PolicyVersionId, cancellationToken);
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == claim.CreditCode, cancellationToken);
        var result = PolicyMatcher.Match(version, profile?.ToFacts(trust) ?? new Facts(), matching.Today);
        if (result.Outcome == EligibilityOutcome.Met)
        {
            return (result, version, profile, null);
        }
        var reasons = result.Unmet.Concat(result.Missing).Select(e => $"{e.Field}：{e.Text}");
        var title = trust == FactTrust.AuthoritativeOnly
            ? "按权威来源（部门事件、经办人员或已核实的申报）的数据，企业今天不符合条件 (the firm does not qualify on authoritative facts today)."
            : "按今天的数据，企业不符合条件 (the firm does not qualify on today's facts).";
        return (result, version, profile, Problem(StatusCodes.Status422UnprocessableEntity, title, string.Join("；", reasons), "conditions"));
    }

    /// <summary>Pays through the ledger on the basis given.</summary>
    private static async Task<Results<Ok<PaidView>, NotFound, ProblemHttpResult>> PayAsync(
        SubsidyClaim claim, decimal amount, PlatformUser user, DecisionBasis basis, string? reason, SubsidyLedger ledger, CancellationToken cancellationToken)
    {
        var payment = await ledger.PayAsync(claim, amount, user, basis, reason, cancellationToken);
        return payment.Outcome switch
        {
            PaymentOutcome.Paid => TypedResults.Ok(new PaidView(ClaimView.From(claim), DisbursementView.From(payment.Disbursement!))),
            PaymentOutcome.AlreadyPaid => Problem(StatusCodes.Status409Conflict, "企业本期已获该政策兑现 (the firm was already paid under this policy for the period)",
                $"{claim.PolicyCode}（{claim.BudgetPeriod}）每家企业只兑现一次 ({claim.PolicyCode} ({claim.BudgetPeriod}) pays each firm once)", "creditCode"),
            PaymentOutcome.BudgetExhausted => Problem(StatusCodes.Status409Conflict, "本期政策资金不足以支付此笔兑现（额满即止）(the policy's budget for the period cannot cover this payment)",
                $"{claim.PolicyCode}（{claim.BudgetPeriod}）剩余资金不足 {amount:0.##} 元 ({claim.PolicyCode} ({claim.BudgetPeriod}) has less than {amount:0.##} yuan left)", "budgetEnvelope"),
            PaymentOutcome.NothingToPay => Problem(StatusCodes.Status422UnprocessableEntity, "按今天的数据，金额规则算得的金额为零 (the amount rule gives nothing on today's facts)", null, "amountRule"),
            _ => Problem(StatusCodes.Status409Conflict, "该申领已被他人同时处理 (the claim was decided by someone else at the same time)", null, "status"),
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
            return Problem(StatusCodes.Status409Conflict, "该申领已被他人同时处理 (the claim was decided by someone else at the same time)", null, "status");
        }
        return TypedResults.Ok(ClaimView.From(claim));
    }

    /// <summary>Officers see every claim; a firm only its own (another firm's is a 404, like one that does not exist).</summary>
    private static IQueryable<SubsidyClaim> Visible(IQueryable<SubsidyClaim> claims, PlatformUser user) =>
        user.IsOfficer() ? claims
        : user.OwnFirm() is { } creditCode ? claims.Where(c => c.CreditCode == creditCode)
        : claims.Where(_ => false);

    private static ProblemHttpResult StateConflict(SubsidyClaim claim, string detail) => TypedResults.Problem(
        title: "申领在当前状态下不能变更 (the claim cannot change in its current state)", detail: detail, statusCode: StatusCodes.Status409Conflict,
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
