using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>The industry fund's investments, recorded by the zone's officers.</summary>
public static class FundInvestments
{
    /// <summary>What one investment records (the firm's credit code already normalised).</summary>
    public sealed record Investment(string FundCode, string CreditCode, string FirmName, decimal Amount, DateOnly InvestedOn, string Instrument);

    /// <summary>
    /// An investment fits in what is left of the fund's commitment. Investments are serialised against each other
    /// (reads carry on), so two officers cannot both spend the last of it.
    /// </summary>
    public static async Task<Outcome<FundInvestment>> RecordAsync(
        FinanceContext db, PlatformUser user, Investment investment, decimal commitment, TimeProvider time, CancellationToken cancellationToken)
    {
        if (investment.Amount != Amortisation.Fen(investment.Amount))
        {
            return Failure.Unprocessable("amount", "金额最多精确到分 (the amount is in yuan to the fen, at most two decimals).");
        }
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(ct => RecordLockedAsync(db, user, investment, commitment, time, ct), cancellationToken);
    }

    private static async Task<Outcome<FundInvestment>> RecordLockedAsync(
        FinanceContext db, PlatformUser user, Investment request, decimal commitment, TimeProvider time, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // SHARE ROW EXCLUSIVE conflicts with itself and with writers, not with readers: one investment decides at a time.
        await db.Database.ExecuteSqlAsync($"LOCK TABLE finance.fund_investments IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        var invested = await db.FundInvestments.SumAsync(f => (decimal?)f.Amount, cancellationToken) ?? 0m;
        var remaining = commitment - invested;
        if (request.Amount > remaining)
        {
            return Failure.Unprocessable("amount",
                $"产业基金认缴 {commitment:0.00} 元，已投 {invested:0.00} 元，剩余 {Math.Max(0m, remaining):0.00} 元，不足本次 {request.Amount:0.00} 元 " +
                $"(only {Math.Max(0m, remaining):0.00} yuan of the fund's commitment remains).")
                .Titled("超过产业基金剩余额度 (More than the fund has left).");
        }
        var now = time.GetUtcNow();
        var investment = FundInvestment.Record(request.FundCode, request.CreditCode, request.FirmName,
            request.Amount, request.InvestedOn, request.Instrument, user.Subject, now);
        db.FundInvestments.Add(investment);
        db.AddAudit(user, "fund.invested", "fund-investment", investment.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return investment;
    }
}
