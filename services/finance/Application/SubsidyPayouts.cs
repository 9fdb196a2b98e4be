using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Infrastructure.EntityConfigurations;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>
/// Pays subsidy for the period from the previous payout (or disbursement) through <c>paidOn</c>: never a day that
/// has not come (China date), at most what has accrued by then (accrual stops at maturity or closing) less what
/// was paid, once per period. Payouts of a loan are serialised on the loan's row, so parallel requests pay once;
/// a caller's retry with the same <c>Idempotency-Key</c> gets the first answer.
/// </summary>
public static class SubsidyPayouts
{
    public static readonly Failure LoanNotFound = Failure.NotFound("id", "没有该贷款 (there is no such loan)");

    private const string InvalidDateTitle = "贴息日期无效 (Invalid payout date).";

    public static async Task<Outcome<LoanLedgerView>> PayAsync(
        FinanceContext db, PlatformUser user, Guid id, decimal amount, DateOnly paidOn, string? idempotencyKey, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (amount != Amortisation.Fen(amount))
        {
            return Failure.Unprocessable("amount", "金额最多精确到分 (the amount is in yuan to the fen, at most two decimals).");
        }
        var today = ChinaTime.Today(time);
        if (paidOn > today)
        {
            return Failure.Unprocessable("paidOn",
                $"贴息不能预付：paidOn {paidOn:yyyy-MM-dd} 晚于今天 {today:yyyy-MM-dd}（北京时间）(subsidy cannot be paid for a day that has not come, China time).")
                .Titled(InvalidDateTitle);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(ct => PayLockedAsync(db, user, id, amount, paidOn, idempotencyKey, time, ct), cancellationToken);
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
                return earlier.Repeats(id, amount, paidOn) ? await AnswerAsync(db, loan, earlier, cancellationToken) : IdempotencyKeys.Reused();
            }
            return AlreadyPaid(paidOn);
        }
    }

    private static async Task<Outcome<LoanLedgerView>> PayLockedAsync(
        FinanceContext db, PlatformUser user, Guid id, decimal amount, DateOnly paidOn, string? idempotencyKey, TimeProvider time, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The loan's row lock serialises its payouts: what was paid cannot change between the checks and the insert.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM finance.referrals WHERE id = {id} FOR UPDATE", cancellationToken);
        var loan = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (loan is null)
        {
            return LoanNotFound;
        }
        if (idempotencyKey is not null &&
            await db.SubsidyPayouts.AsNoTracking().FirstOrDefaultAsync(s => s.PaidBy == user.Subject && s.IdempotencyKey == idempotencyKey, cancellationToken) is { } earlier)
        {
            return earlier.Repeats(id, amount, paidOn) ? await AnswerAsync(db, loan, earlier, cancellationToken) : IdempotencyKeys.Reused();
        }
        if (loan.DisbursedAmount is not { } principal || loan.DisbursedOn is not { } disbursedOn)
        {
            return ReferralFailures.StateConflict(loan, "subsidised before disbursement");
        }
        if (paidOn < disbursedOn)
        {
            return Failure.Unprocessable("paidOn",
                $"贴息期间不能早于放款日 {disbursedOn:yyyy-MM-dd} (no subsidy accrues before the loan was disbursed).").Titled(InvalidDateTitle);
        }
        var previous = await PayoutsAsync(db, id, DateOnly.MaxValue, cancellationToken);
        if (previous.Count > 0 && paidOn <= previous[^1].PaidOn)
        {
            return AlreadyPaid(previous[^1].PaidOn);
        }
        var ledger = LoanLedger.Of(loan, previous, paidOn);
        if (amount > ledger.SubsidyPayable)
        {
            return Failure.Unprocessable("amount",
                $"截至 {ledger.AccruedThrough:yyyy-MM-dd} 应计贴息 {ledger.SubsidyAccrued:0.00} 元，已付 {ledger.SubsidyPaid:0.00} 元，至多可付 {ledger.SubsidyPayable:0.00} 元 " +
                $"(only {ledger.SubsidyPayable:0.00} yuan of subsidy is payable by {paidOn:yyyy-MM-dd}).")
                .Titled("超过应付贴息 (More than the subsidy owed).");
        }

        var now = time.GetUtcNow();
        var payout = SubsidyPayout.Record(id, amount, previous.Count > 0 ? previous[^1].PaidOn : disbursedOn, paidOn, principal, ledger.SubsidyPercent,
            ledger.SubsidyAccrued, ledger.SubsidyPaid, user.Subject, user.PrimaryRole, idempotencyKey, now);
        db.SubsidyPayouts.Add(payout);
        db.AddAudit(user, "subsidy.paid", "subsidy-payout", payout.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await AnswerAsync(db, loan, payout, cancellationToken);
    }

    private static Failure AlreadyPaid(DateOnly paidThrough) => Failure.Conflict(
        "paidOn",
        $"贴息已支付至 {paidThrough:yyyy-MM-dd}，新的一笔须结算此后的期间 (paid through {paidThrough:yyyy-MM-dd}; a new payout settles a later period).")
        .Titled("该期贴息已支付 (The subsidy for this period is already paid).")
        .With("paidThrough", paidThrough.ToString("yyyy-MM-dd"));

    /// <summary>The ledger as the payout left it, read back from the database, so a retry gets exactly the first answer.</summary>
    private static async Task<LoanLedgerView> AnswerAsync(FinanceContext db, Referral loan, SubsidyPayout payout, CancellationToken cancellationToken) =>
        LoanLedger.Of(loan, await PayoutsAsync(db, loan.Id, payout.PaidOn, cancellationToken), payout.PaidOn);

    /// <summary>A loan's payouts through a date, in order.</summary>
    public static Task<List<SubsidyPayout>> PayoutsAsync(FinanceContext db, Guid loanId, DateOnly through, CancellationToken cancellationToken) =>
        db.SubsidyPayouts.AsNoTracking().Where(s => s.LoanId == loanId && s.PaidOn <= through).OrderBy(s => s.PaidOn).ToListAsync(cancellationToken);
}
