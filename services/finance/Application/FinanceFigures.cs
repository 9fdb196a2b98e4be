using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Figures;

namespace Qingmeng.Finance.Application;

/// <summary>
/// The zone's view of every referral's outcome: referrals, approval rate, median bank response, new loans and amounts
/// disbursed, renewals (续贷) apart, and what is still outstanding.
/// </summary>
public static class FinanceFigures
{
    private static readonly ReferralStatus[] ApprovedStates = [ReferralStatus.Approved, ReferralStatus.Disbursed, ReferralStatus.Repaid, ReferralStatus.Renewed];

    public static async Task<FinanceMetricsView> ComputeAsync(FinanceContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Referrals.AsNoTracking()
            .Where(r => r.ReferredAt != null)
            .Select(r => new Row(r.BankCode, r.Status, r.RenewalOfId != null, r.ResponseWorkingDays, r.EscalatedAt != null, r.DisbursedAmount))
            .ToListAsync(cancellationToken);
        var banks = await db.Banks.AsNoTracking().OrderBy(b => b.Code).ToListAsync(cancellationToken);
        var whitelisted = await db.Whitelist.CountAsync(w => w.Status == WhitelistStatus.Listed, cancellationToken);

        // A renewal (续贷) replaces its loan: it is counted and summed as a renewal, never as new lending on top of the
        // old loan, and only loans still out (not repaid, not renewed) are outstanding.
        var referred = rows.Where(r => !r.IsRenewal).ToList();
        var renewals = rows.Where(r => r.IsRenewal).ToList();
        var newLoans = referred.Where(r => r.DisbursedAmount is not null).ToList();
        var (approved, declined, rate) = Rates(referred);
        return new FinanceMetricsView(
            referred.Count, approved + declined, approved, declined, rate, Median(referred),
            referred.Count(r => r.Escalated),
            newLoans.Count, newLoans.Sum(r => r.DisbursedAmount!.Value),
            renewals.Count, renewals.Sum(r => r.DisbursedAmount ?? 0m), whitelisted,
            banks.ConvertAll(bank =>
            {
                var mine = referred.Where(r => r.BankCode == bank.Code).ToList();
                var (a, d, bankRate) = Rates(mine);
                var loans = newLoans.Where(r => r.BankCode == bank.Code).ToList();
                var renewed = renewals.Where(r => r.BankCode == bank.Code).ToList();
                return new BankMetricsView(bank.Code, bank.Name, mine.Count, a, d, bankRate, Median(mine),
                    mine.Count(r => r.Escalated), loans.Count, loans.Sum(r => r.DisbursedAmount!.Value),
                    renewed.Count, renewed.Sum(r => r.DisbursedAmount ?? 0m), Outstanding(rows.Where(r => r.BankCode == bank.Code)));
            }),
            Outstanding(rows));
    }

    private static (int Approved, int Declined, decimal RatePercent) Rates(IReadOnlyCollection<Row> rows)
    {
        var approved = rows.Count(r => ApprovedStates.Contains(r.Status));
        var declined = rows.Count(r => r.Status == ReferralStatus.Declined);
        var decided = approved + declined;
        return (approved, declined, decided == 0 ? 0m : Math.Round(100m * approved / decided, 1, MidpointRounding.AwayFromZero));
    }

    private static decimal Outstanding(IEnumerable<Row> rows) =>
        rows.Where(r => r.Status == ReferralStatus.Disbursed).Sum(r => r.DisbursedAmount ?? 0m);

    /// <summary>Median working days to the bank's first response, over the referrals that have one.</summary>
    public static decimal? Median(IEnumerable<Row> rows) =>
        Medians.Of(rows.Where(r => r.ResponseWorkingDays is not null).Select(r => r.ResponseWorkingDays!.Value));

    public sealed record Row(string BankCode, ReferralStatus Status, bool IsRenewal, int? ResponseWorkingDays, bool Escalated, decimal? DisbursedAmount);
}
