using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Finance.Application;

/// <summary>The dossier a referral carries to the bank once the firm consents.</summary>
public static class ReferralDossiers
{
    /// <summary>What the bank receives: the firm's figures, white-list standing and the product's rules explained.</summary>
    public static async Task<ReferralDossier> BuildAsync(
        FinanceContext db, string creditCode, string productCode, decimal amount, int termMonths, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        var product = await db.Products.AsNoTracking().FirstAsync(p => p.Code == productCode, cancellationToken);
        var listed = await db.Whitelist.AsNoTracking().Where(w => w.CreditCode == creditCode && w.Status == WhitelistStatus.Listed)
            .Select(w => (decimal?)w.Score).FirstOrDefaultAsync(cancellationToken);
        var facts = FinanceFields.For(profile, amount, termMonths, await ProductMatching.HasMaturingLoanAsync(db, creditCode, now, cancellationToken),
            await db.OpenPenaltiesAsync(creditCode, cancellationToken));
        var result = EligibilityEvaluator.Evaluate(Matchmaker.RulesOf(product), facts, FinanceFields.Catalog);
        var data = profile is null ? null : new FirmProfileData(
            profile.Name, profile.AnnualRevenue, profile.RevenueGrowthPercent, profile.RdRatioPercent, profile.InventionPatents, profile.OtherPatents,
            profile.Employees, profile.YearsInOperation, profile.CreditRating, profile.IsSpecialisedSme, profile.IsHighTech, profile.HasOverdueLoans,
            profile.InDifficulty, profile.InThreeStriveCampaign);
        return new ReferralDossier(data, listed is not null, listed, result.Outcome, result.Explanations, now);
    }
}
