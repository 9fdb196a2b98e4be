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
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Data;
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
            return ReferralFailures.StateConflict(loan, "accounted before disbursement").ToFinanceProblem();
        }
        var payouts = await PayoutsAsync(db, id, DateOnly.MaxValue, cancellationToken);
        return TypedResults.Ok(Ledger(loan, payouts, ChinaTime.ToChinaDate(time.GetUtcNow())));
    }

    /// <summary>
    /// Pays subsidy for the period from the previous payout (or disbursement) through <c>paidOn</c>: never a day that
    /// has not come (China date), at most what has accrued by then (accrual stops at maturity or closing) less what
    /// was paid, once per period. Payouts of a loan are serialised on the loan's row, so parallel requests pay once;
    /// a caller's retry with the same <c>Idempotency-Key</c> gets the first answer.
    /// </summary>
    public static async Task<Results<Ok<LoanLedgerView>, NotFound, ProblemHttpResult>> PaySubsidy(
        Guid id, SubsidyPayoutRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
        ClaimsPrincipal principal, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Invalid(idempotencyKey) is { } badKey)
        {
            return badKey;
        }
        if (request.Amount != Amortisation.Fen(request.Amount))
        {
            return FieldProblems.Unprocessable("amount", "金额最多精确到分 (the amount is in yuan to the fen, at most two decimals).");
        }
        var paidOn = request.PaidOn!.Value;
        var today = ChinaTime.ToChinaDate(time.GetUtcNow());
        if (paidOn > today)
        {
            return FieldProblems.Unprocessable("paidOn",
                $"贴息不能预付：paidOn {paidOn:yyyy-MM-dd} 晚于今天 {today:yyyy-MM-dd}（北京时间）(subsidy cannot be paid for a day that has not come, China time).",
                "贴息日期无效 (Invalid payout date).");
        }

        var user = PlatformUser.From(principal);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(ct => PayLockedAsync(id, request.Amount, paidOn, idempotencyKey, user, db, time, ct), cancellationToken);
        }
        catch (DbUpdateException exception) when (
            exception.IsUniqueViolation(SubsidyPayoutEntityTypeConfiguration.OnePerPeriodIndex) ||
            exception.IsUniqueViolation(SubsidyPayoutEntityTypeConfiguration.IdempotencyKeyIndex))
        {
            // Another request settled the period (or used the key) first: answer as if this one had come second.
            db.ChangeTracker.Clear();
            var loan = await db.Referrals.AsNoTracking().FirstAsync(r => r.Id == id, cancellationToken);
            if (idempotencyKey is not null &&
                await db.SubsidyPayouts.AsNoTracking().FirstOrDefaultAsync(s => s.PaidBy == user.Subject && s.IdempotencyKey == idempotencyKey, cancellationToken) is { } earlier)
            {
                return earlier.Repeats(id, request.Amount, paidOn) ? TypedResults.Ok(await AnswerAsync(db, loan, earlier, cancellationToken)) : IdempotencyKeys.Reused();
            }
            return AlreadyPaid(paidOn);
        }
    }

    private static async Task<Results<Ok<LoanLedgerView>, NotFound, ProblemHttpResult>> PayLockedAsync(
        Guid id, decimal amount, DateOnly paidOn, string? idempotencyKey, PlatformUser user, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The loan's row lock serialises its payouts: what was paid cannot change between the checks and the insert.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM finance.referrals WHERE id = {id} FOR UPDATE", cancellationToken);
        var loan = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (loan is null)
        {
            return TypedResults.NotFound();
        }
        if (idempotencyKey is not null &&
            await db.SubsidyPayouts.AsNoTracking().FirstOrDefaultAsync(s => s.PaidBy == user.Subject && s.IdempotencyKey == idempotencyKey, cancellationToken) is { } earlier)
        {
            return earlier.Repeats(id, amount, paidOn) ? TypedResults.Ok(await AnswerAsync(db, loan, earlier, cancellationToken)) : IdempotencyKeys.Reused();
        }
        if (loan.DisbursedAmount is not { } principal || loan.DisbursedOn is not { } disbursedOn)
        {
            return ReferralFailures.StateConflict(loan, "subsidised before disbursement").ToFinanceProblem();
        }
        if (paidOn < disbursedOn)
        {
            return FieldProblems.Unprocessable("paidOn",
                $"贴息期间不能早于放款日 {disbursedOn:yyyy-MM-dd} (no subsidy accrues before the loan was disbursed).", "贴息日期无效 (Invalid payout date).");
        }
        var previous = await PayoutsAsync(db, id, DateOnly.MaxValue, cancellationToken);
        if (previous.Count > 0 && paidOn <= previous[^1].PaidOn)
        {
            return AlreadyPaid(previous[^1].PaidOn);
        }
        var ledger = Ledger(loan, previous, paidOn);
        if (amount > ledger.SubsidyPayable)
        {
            return FieldProblems.Unprocessable("amount",
                $"截至 {ledger.AccruedThrough:yyyy-MM-dd} 应计贴息 {ledger.SubsidyAccrued:0.00} 元，已付 {ledger.SubsidyPaid:0.00} 元，至多可付 {ledger.SubsidyPayable:0.00} 元 " +
                $"(only {ledger.SubsidyPayable:0.00} yuan of subsidy is payable by {paidOn:yyyy-MM-dd}).",
                "超过应付贴息 (More than the subsidy owed).");
        }

        var now = time.GetUtcNow();
        var payout = SubsidyPayout.Record(id, amount, previous.Count > 0 ? previous[^1].PaidOn : disbursedOn, paidOn, principal, ledger.SubsidyPercent,
            ledger.SubsidyAccrued, ledger.SubsidyPaid, user.Subject, user.PrimaryRole, idempotencyKey, now);
        db.SubsidyPayouts.Add(payout);
        db.AddAudit(user, "subsidy.paid", "subsidy-payout", payout.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await AnswerAsync(db, loan, payout, cancellationToken));
    }

    private static ProblemHttpResult AlreadyPaid(DateOnly paidThrough) => FieldProblems.Conflict(
        "paidOn",
        $"贴息已支付至 {paidThrough:yyyy-MM-dd}，新的一笔须结算此后的期间 (paid through {paidThrough:yyyy-MM-dd}; a new payout settles a later period).",
        "该期贴息已支付 (The subsidy for this period is already paid).",
        new Dictionary<string, object?> { ["paidThrough"] = paidThrough.ToString("yyyy-MM-dd") });

    /// <summary>The ledger as the payout left it, read back from the database, so a retry gets exactly the first answer.</summary>
    private static async Task<LoanLedgerView> AnswerAsync(FinanceContext db, Referral loan, SubsidyPayout payout, CancellationToken cancellationToken) =>
        Ledger(loan, await PayoutsAsync(db, loan.Id, payout.PaidOn, cancellationToken), payout.PaidOn);

    private static Task<List<SubsidyPayout>> PayoutsAsync(FinanceContext db, Guid loanId, DateOnly through, CancellationToken cancellationToken) =>
        db.SubsidyPayouts.AsNoTracking().Where(s => s.LoanId == loanId && s.PaidOn <= through).OrderBy(s => s.PaidOn).ToListAsync(cancellationToken);

    /// <summary>
    /// An investment fits in what is left of the fund's commitment. Investments are serialised against each other
    /// (reads carry on), so two officers cannot both spend the last of it.
    /// </summary>
    public static async Task<Results<Created<FundInvestmentView>, ProblemHttpResult>> RecordInvestment(
        FundInvestmentRequest request, ClaimsPrincipal principal, FinanceContext db, TimeProvider time, IOptions<FinanceOptions> options,
        CancellationToken cancellationToken)
    {
        if (request.Amount != Amortisation.Fen(request.Amount))
        {
            return FieldProblems.Unprocessable("amount", "金额最多精确到分 (the amount is in yuan to the fen, at most two decimals).");
        }
        var user = PlatformUser.From(principal);
        var commitment = options.Value.IndustryFundCommitment;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(ct => RecordInvestmentLockedAsync(request, user, commitment, db, time, ct), cancellationToken);
    }

    private static async Task<Results<Created<FundInvestmentView>, ProblemHttpResult>> RecordInvestmentLockedAsync(
        FundInvestmentRequest request, PlatformUser user, decimal commitment, FinanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // SHARE ROW EXCLUSIVE conflicts with itself and with writers, not with readers: one investment decides at a time.
        await db.Database.ExecuteSqlAsync($"LOCK TABLE finance.fund_investments IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        var invested = await db.FundInvestments.SumAsync(f => (decimal?)f.Amount, cancellationToken) ?? 0m;
        var remaining = commitment - invested;
        if (request.Amount > remaining)
        {
            return FieldProblems.Unprocessable("amount",
                $"产业基金认缴 {commitment:0.00} 元，已投 {invested:0.00} 元，剩余 {Math.Max(0m, remaining):0.00} 元，不足本次 {request.Amount:0.00} 元 " +
                $"(only {Math.Max(0m, remaining):0.00} yuan of the fund's commitment remains).",
                "超过产业基金剩余额度 (More than the fund has left).");
        }
        var now = time.GetUtcNow();
        var investment = FundInvestment.Record(request.FundCode.Trim(), request.CreditCode.Trim().ToUpperInvariant(), request.FirmName.Trim(),
            request.Amount, request.InvestedOn!.Value, request.Instrument.Trim(), user.Subject, now);
        db.FundInvestments.Add(investment);
        db.AddAudit(user, "fund.invested", "fund-investment", investment.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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

    /// <summary>
    /// Risk shares in yuan of the principal, the annual guarantee fee, and subsidy accrued from disbursement to the date,
    /// but never past the loan's maturity or closing: subsidy follows the loan, not the calendar.
    /// </summary>
    public static LoanLedgerView Ledger(Referral loan, IReadOnlyList<SubsidyPayout> payouts, DateOnly asOf)
    {
        var principal = loan.DisbursedAmount!.Value;
        var through = AccruedThrough(loan, asOf);
        var subsidyPercent = loan.SubsidyPercent ?? 0m;
        var accrued = SubsidyAccrual.Accrued(principal, subsidyPercent, loan.DisbursedOn!.Value, through);
        var paid = payouts.Sum(p => p.Amount);
        return new LoanLedgerView(
            loan.Id, principal,
            Amortisation.Fen(principal * (loan.GovernmentRiskSharePercent ?? 0m) / 100m),
            Amortisation.Fen(principal * (loan.BankRiskSharePercent ?? 0m) / 100m),
            Amortisation.Fen(principal * (loan.GuarantorRiskSharePercent ?? 0m) / 100m),
            Amortisation.Fen(principal * (loan.GuaranteeFeePercent ?? 0m) / 100m),
            subsidyPercent, accrued, paid, Math.Max(0m, accrued - paid), through, loan.MaturesOn,
            payouts.Select(SubsidyPayoutView.From).ToList());
    }

    /// <summary>The last day subsidy accrues to by <paramref name="asOf"/>: the earliest of that day, maturity and closing.</summary>
    public static DateOnly AccruedThrough(Referral loan, DateOnly asOf)
    {
        var through = asOf;
        if (loan.MaturesOn is { } matures && matures < through)
        {
            through = matures;
        }
        if (loan.ClosedOn is { } closed && closed < through)
        {
            through = closed;
        }
        return through;
    }
}
