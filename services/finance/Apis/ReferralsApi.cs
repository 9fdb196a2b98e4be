using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Finance.Apis;

/// <summary>
/// The referral lifecycle: a firm applies → consents to share its data (the referral reaches the bank, whose
/// response deadline runs on the working-day clock) → the bank (officer or system) accepts, asks for more,
/// approves or declines → disburses → the loan is repaid or renewed.
/// </summary>
public static class ReferralsApi
{
    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/finance/referrals").WithTags("Referrals");

        api.MapPost("/", Apply).WithName("ApplyForLoan").WithSummary("A firm applies for a product (申请); nothing reaches the bank before consent")
            .RequireAuthorization(FinancePolicies.Firms);
        api.MapGet("/", ListReferrals).WithName("ListReferrals").WithSummary("Referrals visible to the caller: a firm its own, a bank those addressed to it")
            .RequireAuthorization(FinancePolicies.ReadReferrals);
        api.MapGet("/{id:guid}", GetReferral).WithName("GetReferral").WithSummary("One referral or loan")
            .RequireAuthorization(FinancePolicies.ReadReferrals);
        api.MapGet("/{id:guid}/schedule", GetSchedule).WithName("GetAmortisationSchedule")
            .WithSummary("Amortisation schedule preview of an approved loan (等额本息 or 等额本金)")
            .RequireAuthorization(FinancePolicies.ReadReferrals);

        api.MapPost("/{id:guid}/consent", Consent).WithName("ConsentToReferral")
            .WithSummary("The firm consents to share its data: the referral goes to the bank with a response deadline")
            .RequireAuthorization(FinancePolicies.Firms);
        api.MapPost("/{id:guid}/withdraw", Withdraw).WithName("WithdrawReferral").WithSummary("The firm withdraws before a decision")
            .RequireAuthorization(FinancePolicies.Firms);
        api.MapPost("/{id:guid}/supply-information", SupplyInformation).WithName("SupplyInformation").WithSummary("The firm answers the bank's request")
            .RequireAuthorization(FinancePolicies.Firms);

        api.MapPost("/{id:guid}/accept", Accept).WithName("AcceptReferral").WithSummary("The bank takes the referral up (受理)")
            .RequireAuthorization(FinancePolicies.Banks);
        api.MapPost("/{id:guid}/request-information", RequestInformation).WithName("RequestInformation").WithSummary("The bank asks the firm for more")
            .RequireAuthorization(FinancePolicies.Banks);
        api.MapPost("/{id:guid}/approve", Approve).WithName("ApproveReferral").WithSummary("The bank approves with amount, rate and term")
            .RequireAuthorization(FinancePolicies.Banks);
        api.MapPost("/{id:guid}/decline", Decline).WithName("DeclineReferral").WithSummary("The bank declines with a reason")
            .RequireAuthorization(FinancePolicies.Banks);
        api.MapPost("/{id:guid}/disburse", Disburse).WithName("DisburseLoan").WithSummary("The bank pays out the approved loan (LoanDisbursed)")
            .RequireAuthorization(FinancePolicies.Banks);
        api.MapPost("/{id:guid}/repay", Repay).WithName("RepayLoan").WithSummary("The bank records the loan as repaid")
            .RequireAuthorization(FinancePolicies.Banks);
        api.MapPost("/{id:guid}/renew", Renew).WithName("RenewLoan").WithSummary("The bank renews the maturing loan (续贷) into its renewal product")
            .RequireAuthorization(FinancePolicies.Banks);
        return app;
    }

    public static async Task<Results<Created<ReferralView>, Ok<ReferralView>, ProblemHttpResult>> Apply(
        ApplyRequest request,
        [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
        ClaimsPrincipal principal,
        FinanceContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Invalid(idempotencyKey) is { } badKey)
        {
            return badKey.ToProblem();
        }
        var loan = new LoanApplications.LoanRequest(request.ProductCode, request.Amount, request.TermMonths, request.Purpose.Trim(), request.NeedId);
        var outcome = await LoanApplications.ApplyAsync(db, PlatformUser.From(principal), loan, idempotencyKey, time, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        var (referral, isNew) = outcome.Value;
        return isNew
            ? TypedResults.Created($"/api/finance/referrals/{referral.Id}", ReferralView.From(referral))
            : TypedResults.Ok(ReferralView.From(referral));
    }

    public static async Task<Ok<Page<ReferralView>>> ListReferrals(
        [AsParameters] PageRequest page, [AsParameters] ReferralQuery query, ClaimsPrincipal principal, FinanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var referrals = db.Referrals.AsNoTracking().VisibleTo(user);
        if (query.Status is { } status)
        {
            referrals = referrals.Where(r => r.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.BankCode))
        {
            referrals = referrals.Where(r => r.BankCode == query.BankCode);
        }
        if (query.Escalated is { } escalated)
        {
            referrals = escalated ? referrals.Where(r => r.EscalatedAt != null) : referrals.Where(r => r.EscalatedAt == null);
        }
        var count = await referrals.LongCountAsync(cancellationToken);
        var items = await referrals.OrderByDescending(r => r.AppliedAt).ThenByDescending(r => r.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ReferralView>(page.PageIndex, page.PageSize, count, items.ConvertAll(ReferralView.From)));
    }

    /// <summary>Another firm's or another bank's referral is a 404, exactly like one that does not exist.</summary>
    public static async Task<Results<Ok<ReferralView>, NotFound>> GetReferral(
        Guid id, ClaimsPrincipal principal, FinanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var referral = await db.Referrals.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return referral is null ? TypedResults.NotFound() : TypedResults.Ok(ReferralView.From(referral));
    }

    public static async Task<Results<Ok<AmortisationSchedule>, NotFound, ProblemHttpResult>> GetSchedule(
        Guid id, [AsParameters] ScheduleQuery query, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var referral = await db.Referrals.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }
        if (referral.ApprovedAmount is not { } approved || referral.ApprovedRatePercent is not { } rate || referral.ApprovedTermMonths is not { } term)
        {
            return ReferralFailures.StateConflict(referral, "scheduled before approval").ToProblem();
        }
        var principalAmount = referral.DisbursedAmount ?? approved;
        var start = referral.DisbursedOn ?? ChinaTime.ToChinaDate(time.GetUtcNow());
        return TypedResults.Ok(Amortisation.Schedule(principalAmount, rate, term, query.Method ?? RepaymentMethod.EqualInstalment, start.AddMonths(1)));
    }

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Consent(
        Guid id, ConsentRequest request, ClaimsPrincipal principal, ReferralLifecycle lifecycle, IOptions<FinanceOptions> options,
        CancellationToken cancellationToken)
    {
        if (request.Consent != true)
        {
            return FieldProblems.Unprocessable(
                "consent", "须经企业同意共享数据，转介才会送达银行 (the referral reaches the bank only with the firm's consent to share its data; consent must be true)");
        }
        return Answer(await lifecycle.ConsentAsync(PlatformUser.From(principal), id, options.Value.BankResponseWorkingDays, cancellationToken));
    }

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Withdraw(
        Guid id, ReasonRequest request, ClaimsPrincipal principal, ReferralLifecycle lifecycle, CancellationToken cancellationToken) =>
        Answer(await lifecycle.WithdrawAsync(PlatformUser.From(principal), id, request.Reason.Trim(), cancellationToken));

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> SupplyInformation(
        Guid id, InformationResponse request, ClaimsPrincipal principal, ReferralLifecycle lifecycle, CancellationToken cancellationToken) =>
        Answer(await lifecycle.SupplyInformationAsync(PlatformUser.From(principal), id, request.Response.Trim(), cancellationToken));

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Accept(
        Guid id, ClaimsPrincipal principal, ReferralLifecycle lifecycle, CancellationToken cancellationToken) =>
        Answer(await lifecycle.AcceptAsync(PlatformUser.From(principal), id, cancellationToken));

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> RequestInformation(
        Guid id, InformationRequest request, ClaimsPrincipal principal, ReferralLifecycle lifecycle, CancellationToken cancellationToken) =>
        Answer(await lifecycle.RequestInformationAsync(PlatformUser.From(principal), id, request.Request.Trim(), cancellationToken));

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Approve(
        Guid id, ApproveRequest request, ClaimsPrincipal principal, ReferralLifecycle lifecycle, CancellationToken cancellationToken) =>
        Answer(await lifecycle.ApproveAsync(
            PlatformUser.From(principal), id, request.Amount, request.AnnualRatePercent, request.TermMonths, cancellationToken));

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Decline(
        Guid id, ReasonRequest request, ClaimsPrincipal principal, ReferralLifecycle lifecycle, CancellationToken cancellationToken) =>
        Answer(await lifecycle.DeclineAsync(PlatformUser.From(principal), id, request.Reason.Trim(), cancellationToken));

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Disburse(
        Guid id, DisburseRequest request, ClaimsPrincipal principal, ReferralLifecycle lifecycle, CancellationToken cancellationToken) =>
        Answer(await lifecycle.DisburseAsync(PlatformUser.From(principal), id, request.Amount, request.DisbursedOn!.Value, cancellationToken));

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Repay(
        Guid id, RepayRequest request, ClaimsPrincipal principal, ReferralLifecycle lifecycle, CancellationToken cancellationToken) =>
        Answer(await lifecycle.RepayAsync(PlatformUser.From(principal), id, request.RepaidOn!.Value, cancellationToken));

    public static async Task<Results<Ok<RenewalView>, NotFound, ProblemHttpResult>> Renew(
        Guid id, RenewRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, FinanceMetrics metrics, CancellationToken cancellationToken)
    {
        var terms = new LoanRenewals.RenewalTerms(request.Amount, request.AnnualRatePercent, request.TermMonths, request.RenewedOn!.Value);
        var outcome = await LoanRenewals.RenewAsync(db, PlatformUser.From(principal), id, terms, time, metrics, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
        }
        var (previous, renewal, eligibility) = outcome.Value;
        return TypedResults.Ok(new RenewalView(ReferralView.From(previous), ReferralView.From(renewal), eligibility.Outcome,
            eligibility.Explanations.Select(ExplanationView.From).ToList()));
    }

    /// <summary>A lifecycle step's outcome as the answer: the referral, 404, or the refusal.</summary>
    private static Results<Ok<ReferralView>, NotFound, ProblemHttpResult> Answer(Outcome<Referral> outcome)
    {
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(ReferralView.From(outcome.Value));
        }
        return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
    }
}
