using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Finance.Application;

/// <summary>
/// Matchmaking as the API, the referral rules and the project consumer share it: a firm's facts against the products,
/// ranked and explained.
/// </summary>
public static class ProductMatching
{
    /// <summary>The firm's facts (declared profile, white-list standing, maturing loans) against every active product.</summary>
    public static async Task<(bool ProfileKnown, IReadOnlyList<ProductMatchView> Matches)> MatchAsync(
        FinanceContext db, FinancingNeed need, FinanceOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == need.CreditCode, cancellationToken);
        var facts = FinanceFields.For(profile, need.Amount, need.TermMonths, await HasMaturingLoanAsync(db, need.CreditCode, now, cancellationToken),
            await db.OpenPenaltiesAsync(need.CreditCode, cancellationToken));
        var products = await db.Products.AsNoTracking().Where(p => p.Active).ToListAsync(cancellationToken);
        var banks = await db.Banks.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Name, cancellationToken);
        var ranked = Matchmaker.Rank(products, facts, options.Lpr(), need.Amount, need.TermMonths);
        return (profile is not null, ranked.Select((m, i) => new ProductMatchView(
            i + 1, m.Product.Code, m.Product.Name, m.Product.Kind, m.Product.BankCode, banks.GetValueOrDefault(m.Product.BankCode, m.Product.BankCode),
            m.Outcome, m.RatePercent, m.EffectiveCostPercent, m.MonthlyInstalment,
            m.Explanations.Select(ExplanationView.From).ToList(),
            m.Gaps.Select(ExplanationView.From).ToList(),
            m.Missing.Select(ExplanationView.From).ToList())).ToList());
    }

    /// <summary>Whether the firm has a loan outstanding that matures within 90 days (what a renewal product asks).</summary>
    public static async Task<bool> HasMaturingLoanAsync(FinanceContext db, string creditCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var horizon = ChinaTime.ToChinaDate(now).AddDays(FinanceFields.MaturingWithinDays);
        return await db.Referrals.AnyAsync(
            r => r.CreditCode == creditCode && r.Status == ReferralStatus.Disbursed && r.MaturesOn != null && r.MaturesOn <= horizon,
            cancellationToken);
    }
}
