using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>The bank renews a maturing loan (续贷) into its renewal product: the old loan closes, the renewal is disbursed.</summary>
public static class LoanRenewals
{
    /// <summary>The renewal's terms as the bank sets them.</summary>
    public sealed record RenewalTerms(decimal Amount, decimal AnnualRatePercent, int TermMonths, DateOnly RenewedOn);

    /// <summary>The renewed loan, its renewal, and the renewal product's rules as the firm met them.</summary>
    public sealed record Renewed(Referral Previous, Referral Renewal, EligibilityResult Eligibility);

    public static readonly Failure LoanNotFound = Failure.NotFound("id", "没有该贷款 (there is no such loan)");

    public static async Task<Outcome<Renewed>> RenewAsync(
        FinanceContext db, PlatformUser user, Guid id, RenewalTerms terms, TimeProvider time, FinanceMetrics metrics, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.VisibleTo(user).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return LoanNotFound;
        }
        if (referral.Status != ReferralStatus.Disbursed)
        {
            return ReferralFailures.StateConflict(referral, "renewed");
        }
        var renewalProduct = await db.Products.AsNoTracking()
            .FirstOrDefaultAsync(p => p.BankCode == referral.BankCode && p.Kind == ProductKind.Renewal && p.Active, cancellationToken);
        if (renewalProduct is null)
        {
            return Failure.Unprocessable("productCode", $"银行 {referral.BankCode} 没有续贷产品 (bank {referral.BankCode} has no renewal product)");
        }
        if (renewalProduct.CheckRange(terms.Amount, terms.TermMonths) is { } outOfRange)
        {
            return Failure.Unprocessable(outOfRange.Field, outOfRange.Message);
        }
        if (terms.RenewedOn < referral.DisbursedOn)
        {
            return Failure.Unprocessable("renewedOn", "贷款放款前不能续贷 (a loan cannot be renewed before it was disbursed)");
        }

        var now = time.GetUtcNow();
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == referral.CreditCode, cancellationToken);
        // The renewal product's own rules, with this loan as the maturing one: it must mature within the window the rule names.
        var eligibility = EligibilityEvaluator.Evaluate(
            renewalProduct.Eligibility,
            FinanceFields.For(profile, terms.Amount, terms.TermMonths, FinanceFields.IsMaturing(referral.MaturesOn, now),
                await db.OpenPenaltiesAsync(referral.CreditCode, cancellationToken)),
            FinanceFields.Catalog);
        if (eligibility.Outcome == EligibilityOutcome.NotMet)
        {
            var unmet = eligibility.Unmet.ToList();
            return LoanApplications.Unmet(unmet[0].Field, $"贷款 {referral.Number} 不能续贷：" + string.Join("；", unmet.Select(e => e.Text)), unmet,
                $"不符合{renewalProduct.Name}的条件 (The loan does not meet the renewal product's rules).");
        }
        var (renewal, disbursed) = referral.Renew(
            await db.NextReferralNumberAsync(now, cancellationToken), renewalProduct, terms.Amount, terms.AnnualRatePercent, terms.TermMonths,
            terms.RenewedOn, user.Subject, now)!.Value;
        db.Referrals.Add(renewal);
        db.AddIntegrationEvent(disbursed, aggregateKey: renewal.Id.ToString());
        db.AddAudit(user, "loan.renewed", "referral", referral.Id.ToString(), now);
        db.AddAudit(user, "loan.disbursed", "referral", renewal.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Referrals.AsNoTracking().FirstAsync(r => r.Id == id, cancellationToken);
            return ReferralFailures.StateConflict(current, "renewed");
        }
        metrics.Renewed(referral.BankCode, terms.Amount);
        return new Renewed(referral, renewal, eligibility);
    }
}
