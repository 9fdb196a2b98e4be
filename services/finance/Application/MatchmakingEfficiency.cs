using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Figures;

namespace Qingmeng.Finance.Application;

/// <summary>
/// 知识产权质押融资“白名单”实现银企对接效率提升: the time from a firm's financing need (融资需求) to the first loan disbursed
/// on it, for firms on the white list when they recorded the need against the rest. Renewals (续贷) replace a loan and
/// never count as a first loan.
/// </summary>
public static class MatchmakingEfficiency
{
    /// <summary>The needs recorded from <paramref name="from"/> to <paramref name="to"/> (China dates, inclusive), measured.</summary>
    public static async Task<MatchmakingEfficiencyView> ComputeAsync(FinanceContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = ChinaTime.StartOfDay(from);
        var end = ChinaTime.StartOfDay(to.AddDays(1));
        var needs = await db.Needs.AsNoTracking().Where(n => n.CreatedAt >= start && n.CreatedAt < end)
            .Select(n => new { n.Id, n.CreditCode, n.CreatedAt }).ToListAsync(cancellationToken);
        var needIds = needs.ConvertAll(n => (Guid?)n.Id);
        var firstLoans = await db.Referrals.AsNoTracking()
            .Where(r => r.NeedId != null && needIds.Contains(r.NeedId) && r.RenewalOfId == null && r.DisbursedOn != null)
            .GroupBy(r => r.NeedId!.Value)
            .Select(g => new { NeedId = g.Key, DisbursedOn = g.Min(r => r.DisbursedOn!.Value) })
            .ToDictionaryAsync(l => l.NeedId, l => l.DisbursedOn, cancellationToken);
        var firms = needs.Select(n => n.CreditCode).Distinct().ToList();
        var listings = await db.Whitelist.AsNoTracking().Where(w => firms.Contains(w.CreditCode) && w.ListedAt != null)
            .Select(w => new { w.CreditCode, ListedAt = w.ListedAt!.Value, w.RemovedAt }).ToListAsync(cancellationToken);

        var measured = needs.ConvertAll(n => new MeasuredNeed(
            listings.Any(l => l.CreditCode == n.CreditCode && l.ListedAt <= n.CreatedAt && (l.RemovedAt == null || l.RemovedAt > n.CreatedAt)),
            firstLoans.TryGetValue(n.Id, out var disbursedOn)
                ? Math.Max(0, disbursedOn.DayNumber - ChinaTime.ToChinaDate(n.CreatedAt).DayNumber)
                : null));
        var whitelisted = Group(measured.Where(n => n.Whitelisted));
        var others = Group(measured.Where(n => !n.Whitelisted));
        return new MatchmakingEfficiencyView(
            from, to, whitelisted, others, Compare(whitelisted.MedianDays, others.MedianDays, gain: true), Compare(whitelisted.MedianDays, others.MedianDays, gain: false));
    }

    private sealed record MeasuredNeed(bool Whitelisted, int? DaysToLoan);

    private static MatchmakingGroupView Group(IEnumerable<MeasuredNeed> needs)
    {
        var all = needs.ToList();
        var days = all.Where(n => n.DaysToLoan is not null).Select(n => n.DaysToLoan!.Value).ToList();
        return new MatchmakingGroupView(all.Count, days.Count, all.Count - days.Count, Medians.Of(days),
            days.Count == 0 ? null : Math.Round((decimal)days.Average(), 1, MidpointRounding.AwayFromZero));
    }

    private static decimal? Compare(decimal? whitelisted, decimal? others, bool gain) => (whitelisted, others) switch
    {
        ({ } w, { } o) when gain && w > 0 => Math.Round((o / w - 1) * 100, 1, MidpointRounding.AwayFromZero),
        ({ } w, { } o) when !gain && o > 0 => Math.Round((o - w) / o * 100, 1, MidpointRounding.AwayFromZero),
        _ => null,
    };
}
