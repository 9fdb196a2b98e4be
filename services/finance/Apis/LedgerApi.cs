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
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Finance.Apis;

/// <summary>Guarantee and fund records: risk shares and interest subsidy (贴息) per loan, the industry fund's investments.</summary>
public static class LedgerApi
{
    public static IEndpointRouteBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/finance").WithTags("Guarantees and funds");

        api.MapGet("/loans/{id:guid}/ledger", GetLedger).WithName("GetLoanLedger")
            .WithSummary("A loan's risk shares (government / bank / guarantor), guarantee fee and subsidy accrued, paid and payable")
            .RequireAuthorization(FinancePolicies.ReadReferrals);
        api.MapPost("/loans/{id:guid}/subsidy-payouts", PaySubsidy).WithName("PaySubsidy").WithSummary("Record a subsidy payout, at most what has accrued")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        api.MapPost("/fund/investments", RecordInvestment).WithName("RecordFundInvestment").WithSummary("Record an industry-fund investment")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        api.MapGet("/fund/investments", ListInvestments).WithName("ListFundInvestments").WithSummary("Industry-fund investments")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        api.MapGet("/fund/summary", GetFundSummary).WithName("GetFundSummary").WithSummary("The fund's commitment, invested and remaining amounts")
            .RequireAuthorization(FinancePolicies.ZoneOfficers);
        return app;
    }

    public static async Task<Results<Ok<LoanLedgerView>, NotFound, ProblemHttpResult>> GetLedger(
        Guid id, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var loan = await db.Referrals.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (loan is null)
        {
            return TypedResults.NotFound();
        }
        if (loan.DisbursedAmount is null)
        {
            return ReferralFailures.StateConflict(loan, "accounted before disbursement").ToProblem();
        }
        var payouts = await SubsidyPayouts.PayoutsAsync(db, id, DateOnly.MaxValue, cancellationToken);
        return TypedResults.Ok(LoanLedger.Of(loan, payouts, ChinaTime.ToChinaDate(time.GetUtcNow())));
    }

    /// <summary>Pays subsidy for a period (<see cref="SubsidyPayouts"/>); a caller's retry with the same <c>Idempotency-Key</c> gets the first answer.</summary>
    public static async Task<Results<Ok<LoanLedgerView>, NotFound, ProblemHttpResult>> PaySubsidy(
        Guid id, SubsidyPayoutRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
        ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Invalid(idempotencyKey) is { } badKey)
        {
            return badKey.ToProblem();
        }
        var outcome = await SubsidyPayouts.PayAsync(
            db, PlatformUser.From(principal), id, request.Amount, request.PaidOn!.Value, idempotencyKey, time, cancellationToken);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(outcome.Value);
        }
        return outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound() : outcome.Failure.ToProblem();
    }

    /// <summary>Records an industry-fund investment, at most what is left of the fund's commitment (<see cref="FundInvestments"/>).</summary>
    public static async Task<Results<Created<FundInvestmentView>, ProblemHttpResult>> RecordInvestment(
        FundInvestmentRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, IOptions<FinanceOptions> options,
        CancellationToken cancellationToken)
    {
        var investment = new FundInvestments.Investment(request.FundCode.Trim(), request.CreditCode.Trim().ToUpperInvariant(), request.FirmName.Trim(),
            request.Amount, request.InvestedOn!.Value, request.Instrument.Trim());
        var outcome = await FundInvestments.RecordAsync(
            db, PlatformUser.From(principal), investment, options.Value.IndustryFundCommitment, time, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/finance/fund/investments/{outcome.Value.Id}", FundInvestmentView.From(outcome.Value))
            : outcome.Failure.ToProblem();
    }

    public static async Task<Ok<Page<FundInvestmentView>>> ListInvestments([AsParameters] PageRequest page, FinanceContext db, CancellationToken cancellationToken)
    {
        var count = await db.FundInvestments.LongCountAsync(cancellationToken);
        var items = await db.FundInvestments.AsNoTracking().OrderByDescending(f => f.InvestedOn).ThenBy(f => f.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<FundInvestmentView>(page.PageIndex, page.PageSize, count, items.ConvertAll(FundInvestmentView.From)));
    }

    public static async Task<Ok<FundSummaryView>> GetFundSummary(FinanceContext db, IOptions<FinanceOptions> options, CancellationToken cancellationToken)
    {
        var invested = await db.FundInvestments.SumAsync(f => (decimal?)f.Amount, cancellationToken) ?? 0m;
        var count = await db.FundInvestments.CountAsync(cancellationToken);
        var commitment = options.Value.IndustryFundCommitment;
        return TypedResults.Ok(new FundSummaryView(commitment, invested, commitment - invested, count));
    }
}
