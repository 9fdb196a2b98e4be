using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Finance.Extensions;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Paging;

namespace Qingmeng.Finance.Apis;

/// <summary>Guarantee and fund records: risk shares and interest subsidy (贴息) per loan, the industry fund's investments.</summary>
public static class LedgerApi
{
    public static IEndpointRouteBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/finance").WithTags("Guarantees and funds");

        api.MapGet("/loans/{id:guid}/ledger", GetLedger).WithName("GetLoanLedger")
            .WithSummary("A loan's risk shares (government / bank / guarantor), guarantee fee and subsidy accrued, paid and payable")
            .RequireAuthorization(policy => policy.RequireRole(FinanceAccess.ReferralReaders));
        api.MapPost("/loans/{id:guid}/subsidy-payouts", PaySubsidy).WithName("PaySubsidy").WithSummary("Record a subsidy payout, at most what has accrued")
            .RequireAuthorization(policy => policy.RequireRole(FinanceAccess.ZoneOfficers));
        api.MapPost("/fund/investments", RecordInvestment).WithName("RecordFundInvestment").WithSummary("Record an industry-fund investment")
            .RequireAuthorization(policy => policy.RequireRole(FinanceAccess.ZoneOfficers));
        api.MapGet("/fund/investments", ListInvestments).WithName("ListFundInvestments").WithSummary("Industry-fund investments")
            .RequireAuthorization(policy => policy.RequireRole(FinanceAccess.ZoneOfficers));
        api.MapGet("/fund/summary", GetFundSummary).WithName("GetFundSummary").WithSummary("The fund's commitment, invested and remaining amounts")
            .RequireAuthorization(policy => policy.RequireRole(FinanceAccess.ZoneOfficers));
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
            return FinanceProblems.StateConflict(loan, "accounted before disbursement");
        }
        var paid = await db.SubsidyPayouts.Where(s => s.LoanId == id).SumAsync(s => (decimal?)s.Amount, cancellationToken) ?? 0m;
        return TypedResults.Ok(Ledger(loan, paid, WorkingDayCalendar.ToChinaDate(time.GetUtcNow())));
    }

    public static async Task<Results<Ok<LoanLedgerView>, NotFound, ProblemHttpResult>> PaySubsidy(
        Guid id, SubsidyPayoutRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var loan = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (loan is null)
        {
            return TypedResults.NotFound();
        }
        if (loan.DisbursedAmount is null)
        {
            return FinanceProblems.StateConflict(loan, "subsidised before disbursement");
        }
        var paid = await db.SubsidyPayouts.Where(s => s.LoanId == id).SumAsync(s => (decimal?)s.Amount, cancellationToken) ?? 0m;
        var ledger = Ledger(loan, paid, request.PaidOn!.Value);
        if (request.Amount > ledger.SubsidyPayable)
        {
            return FinanceProblems.Unprocessable("amount", $"Only {ledger.SubsidyPayable:0.00} yuan of subsidy is payable by {request.PaidOn:yyyy-MM-dd}.");
        }
        var now = time.GetUtcNow();
        var payout = SubsidyPayout.Record(id, request.Amount, request.PaidOn.Value, user.Subject, now);
        db.SubsidyPayouts.Add(payout);
        db.AddAudit(user, "subsidy.paid", "referral", id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Ledger(loan, paid + request.Amount, request.PaidOn.Value));
    }

    public static async Task<Created<FundInvestmentView>> RecordInvestment(
        FundInvestmentRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var now = time.GetUtcNow();
        var investment = FundInvestment.Record(request.FundCode.Trim(), request.CreditCode.Trim().ToUpperInvariant(), request.FirmName.Trim(),
            request.Amount, request.InvestedOn!.Value, request.Instrument.Trim(), user.Subject, now);
        db.FundInvestments.Add(investment);
        db.AddAudit(user, "fund.invested", "fund-investment", investment.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/finance/fund/investments/{investment.Id}", FundInvestmentView.From(investment));
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

    /// <summary>Risk shares in yuan of the principal, the annual guarantee fee, and subsidy accrued from disbursement to the date (or closing).</summary>
    public static LoanLedgerView Ledger(Referral loan, decimal subsidyPaid, DateOnly asOf)
    {
        var principal = loan.DisbursedAmount!.Value;
        var through = loan.ClosedOn is { } closed && closed < asOf ? closed : asOf;
        var subsidyPercent = loan.SubsidyPercent ?? 0m;
        var accrued = SubsidyAccrual.Accrued(principal, subsidyPercent, loan.DisbursedOn!.Value, through);
        return new LoanLedgerView(
            loan.Id, principal,
            Amortisation.Fen(principal * (loan.GovernmentRiskSharePercent ?? 0m) / 100m),
            Amortisation.Fen(principal * (loan.BankRiskSharePercent ?? 0m) / 100m),
            Amortisation.Fen(principal * (loan.GuarantorRiskSharePercent ?? 0m) / 100m),
            Amortisation.Fen(principal * (loan.GuaranteeFeePercent ?? 0m) / 100m),
            subsidyPercent, accrued, subsidyPaid, Math.Max(0m, accrued - subsidyPaid), through);
    }
}
