using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Finance.Operations;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Infrastructure.EntityConfigurations;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
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
            return outcome.Failure.ToFinanceProblem();
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
            return ReferralFailures.StateConflict(referral, "scheduled before approval").ToFinanceProblem();
        }
        var principalAmount = referral.DisbursedAmount ?? approved;
        var start = referral.DisbursedOn ?? ChinaTime.ToChinaDate(time.GetUtcNow());
        return TypedResults.Ok(Amortisation.Schedule(principalAmount, rate, term, query.Method ?? RepaymentMethod.EqualInstalment, start.AddMonths(1)));
    }

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Consent(
        Guid id, ConsentRequest request, ClaimsPrincipal principal, FinanceContext db, HolidayCalendar calendar, TimeProvider time,
        IOptions<FinanceOptions> options, FinanceMetrics metrics, CancellationToken cancellationToken)
    {
        if (request.Consent != true)
        {
            return FieldProblems.Unprocessable(
                "consent", "须经企业同意共享数据，转介才会送达银行 (the referral reaches the bank only with the firm's consent to share its data; consent must be true)");
        }
        var user = PlatformUser.From(principal);
        var target = await db.Referrals.AsNoTracking().VisibleTo(user).Where(r => r.Id == id)
            .Select(r => new { r.CreditCode, r.ProductCode, r.RequestedAmount, r.RequestedTermMonths }).FirstOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        var dossier = await ReferralDossiers.BuildAsync(db, target.CreditCode, target.ProductCode, target.RequestedAmount, target.RequestedTermMonths, now, cancellationToken);
        return await TransitionAsync(id, principal, db, time, "referral.consented", "referred", cancellationToken, (referral, _, at) =>
        {
            if (!referral.Consent(at, options.Value.BankResponseWorkingDays, calendar.Current, dossier))
            {
                return ReferralStep.Illegal;
            }
            return ReferralStep.Then(() => metrics.Referred(referral.BankCode));
        });
    }

    public static Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Withdraw(
        Guid id, ReasonRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken) =>
        TransitionAsync(id, principal, db, time, "referral.withdrawn", "withdrawn", cancellationToken,
            (referral, _, now) => referral.Withdraw(request.Reason.Trim(), now) ? ReferralStep.Done : ReferralStep.Illegal);

    public static Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> SupplyInformation(
        Guid id, InformationResponse request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken) =>
        TransitionAsync(id, principal, db, time, "referral.information-supplied", "answered", cancellationToken,
            (referral, _, _) => referral.SupplyInformation(request.Response.Trim()) ? ReferralStep.Done : ReferralStep.Illegal);

    public static Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Accept(
        Guid id, ClaimsPrincipal principal, FinanceContext db, HolidayCalendar calendar, TimeProvider time, FinanceMetrics metrics, CancellationToken cancellationToken) =>
        TransitionAsync(id, principal, db, time, "referral.accepted", "accepted", cancellationToken, (referral, _, now) =>
        {
            var first = referral.FirstRespondedAt is null;
            if (!referral.Accept(now, calendar.Current))
            {
                return ReferralStep.Illegal;
            }
            return ReferralStep.Then(() =>
            {
                if (first)
                {
                    metrics.Responded(referral.BankCode, referral.ResponseWorkingDays);
                }
            });
        });

    public static Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> RequestInformation(
        Guid id, InformationRequest request, ClaimsPrincipal principal, FinanceContext db, HolidayCalendar calendar, TimeProvider time, FinanceMetrics metrics, CancellationToken cancellationToken) =>
        TransitionAsync(id, principal, db, time, "referral.information-requested", "asked for more", cancellationToken, (referral, _, now) =>
        {
            var first = referral.FirstRespondedAt is null;
            if (!referral.RequestInformation(request.Request.Trim(), now, calendar.Current))
            {
                return ReferralStep.Illegal;
            }
            return ReferralStep.Then(() =>
            {
                if (first)
                {
                    metrics.Responded(referral.BankCode, referral.ResponseWorkingDays);
                }
            });
        });

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Approve(
        Guid id, ApproveRequest request, ClaimsPrincipal principal, FinanceContext db, HolidayCalendar calendar, TimeProvider time, FinanceMetrics metrics, CancellationToken cancellationToken)
    {
        var product = await ProductOfAsync(db, id, cancellationToken);
        return await TransitionAsync(id, principal, db, time, "referral.approved", "approved", cancellationToken, (referral, _, now) =>
        {
            if (!Referral.AwaitingBank.Contains(referral.Status) || referral.Status == ReferralStatus.MoreInfoRequested)
            {
                return ReferralStep.Illegal;
            }
            if (product?.CheckRange(request.Amount, request.TermMonths) is { } outOfRange)
            {
                return ReferralStep.Invalid(outOfRange.Field, outOfRange.Message);
            }
            var first = referral.FirstRespondedAt is null;
            referral.Approve(request.Amount, request.AnnualRatePercent, request.TermMonths, now, calendar.Current);
            return ReferralStep.Then(() =>
            {
                if (first)
                {
                    metrics.Responded(referral.BankCode, referral.ResponseWorkingDays);
                }
                metrics.Decided(referral.BankCode, "approved");
            });
        });
    }

    public static Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Decline(
        Guid id, ReasonRequest request, ClaimsPrincipal principal, FinanceContext db, HolidayCalendar calendar, TimeProvider time, FinanceMetrics metrics, CancellationToken cancellationToken) =>
        TransitionAsync(id, principal, db, time, "referral.declined", "declined", cancellationToken, (referral, _, now) =>
        {
            var first = referral.FirstRespondedAt is null;
            if (!referral.Decline(request.Reason.Trim(), now, calendar.Current))
            {
                return ReferralStep.Illegal;
            }
            return ReferralStep.Then(() =>
            {
                if (first)
                {
                    metrics.Responded(referral.BankCode, referral.ResponseWorkingDays);
                }
                metrics.Decided(referral.BankCode, "declined");
            });
        });

    public static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Disburse(
        Guid id, DisburseRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, FinanceMetrics metrics, CancellationToken cancellationToken)
    {
        var product = await ProductOfAsync(db, id, cancellationToken);
        return await TransitionAsync(id, principal, db, time, "loan.disbursed", "disbursed", cancellationToken, (referral, context, now) =>
        {
            if (referral.Status != ReferralStatus.Approved || product is null)
            {
                return ReferralStep.Illegal;
            }
            if (request.Amount > referral.ApprovedAmount)
            {
                return ReferralStep.Invalid("amount", $"放款金额不能超过批准金额 {referral.ApprovedAmount:0.##} 元 (at most the approved {referral.ApprovedAmount:0.##} yuan can be disbursed)");
            }
            if (referral.ApprovedOn() is { } approvedOn && request.DisbursedOn < approvedOn)
            {
                return ReferralStep.Invalid("disbursedOn",
                    $"放款日期 {request.DisbursedOn:yyyy-MM-dd} 早于审批通过日期 {approvedOn:yyyy-MM-dd}：贷款不能在审批前发放 (a loan cannot be disbursed before it was approved).");
            }
            var disbursed = referral.Disburse(request.Amount, request.DisbursedOn!.Value, product, now)!;
            context.AddIntegrationEvent(disbursed, aggregateKey: referral.Id.ToString());
            return ReferralStep.Then(() => metrics.Disbursed(referral.BankCode, referral.ProductKind.ToString(), request.Amount));
        });
    }

    public static Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> Repay(
        Guid id, RepayRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken) =>
        TransitionAsync(id, principal, db, time, "loan.repaid", "repaid", cancellationToken, (referral, _, _) =>
        {
            if (referral.Status == ReferralStatus.Disbursed && request.RepaidOn < referral.DisbursedOn)
            {
                return ReferralStep.Invalid("repaidOn", "贷款放款前不能还款 (a loan cannot be repaid before it was disbursed)");
            }
            return referral.Repay(request.RepaidOn!.Value) ? ReferralStep.Done : ReferralStep.Illegal;
        });

    public static async Task<Results<Ok<RenewalView>, NotFound, ProblemHttpResult>> Renew(
        Guid id, RenewRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, FinanceMetrics metrics, CancellationToken cancellationToken)
    {
        var terms = new LoanRenewals.RenewalTerms(request.Amount, request.AnnualRatePercent, request.TermMonths, request.RenewedOn!.Value);
        var outcome = await LoanRenewals.RenewAsync(db, PlatformUser.From(principal), id, terms, time, metrics, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToFinanceProblem();
        }
        var (previous, renewal, eligibility) = outcome.Value;
        return TypedResults.Ok(new RenewalView(ReferralView.From(previous), ReferralView.From(renewal), eligibility.Outcome,
            eligibility.Explanations.Select(ExplanationView.From).ToList()));
    }

    private static Task<LoanProduct?> ProductOfAsync(FinanceContext db, Guid referralId, CancellationToken cancellationToken) =>
        db.Referrals.AsNoTracking().Where(r => r.Id == referralId)
            .Join(db.Products.AsNoTracking(), r => r.ProductCode, p => p.Code, (_, p) => p)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Runs a lifecycle step (<see cref="ReferralTransitions"/>) and answers it: the referral, 404, or the refusal.</summary>
    private static async Task<Results<Ok<ReferralView>, NotFound, ProblemHttpResult>> TransitionAsync(
        Guid id, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, string action, string verb,
        CancellationToken cancellationToken, Func<Referral, FinanceContext, DateTimeOffset, ReferralStep> transition)
    {
        var outcome = await ReferralTransitions.RunAsync(
            db, id, PlatformUser.From(principal), time, action, verb, (referral, now) => transition(referral, db, now), cancellationToken);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(ReferralView.From(outcome.Value));
        }
        return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToFinanceProblem();
    }
}
