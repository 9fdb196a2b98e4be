using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Infrastructure.EntityConfigurations;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>
/// A firm applies for a product (申请): checked against the product's range and rules, and the white list where the
/// product asks for it. Nothing reaches the bank before the firm's consent. A retry under the same
/// <c>Idempotency-Key</c> gets the first application back, never a second one.
/// </summary>
public static class LoanApplications
{
    /// <summary>What the firm asks for (the purpose already trimmed).</summary>
    public sealed record LoanRequest(string ProductCode, decimal Amount, int TermMonths, string Purpose, Guid? NeedId);

    /// <summary>The application, and whether this call made it (false: the earlier answer to a retry).</summary>
    public sealed record Applied(Referral Referral, bool IsNew);

    public static async Task<Outcome<Applied>> ApplyAsync(
        FinanceContext db, PlatformUser user, LoanRequest request, string? idempotencyKey, TimeProvider time, CancellationToken cancellationToken)
    {
        if (user.CreditCode is not { } creditCode)
        {
            return Failure.Unprocessable("creditCode", "令牌中没有企业 (the caller's token carries no firm)");
        }
        if (await EarlierApplicationAsync(db, user, idempotencyKey, request, cancellationToken) is { } replay)
        {
            return replay;
        }

        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Code == request.ProductCode && p.Active, cancellationToken);
        if (product is null)
        {
            return Failure.Unprocessable("productCode", $"没有在售的产品 {request.ProductCode} (there is no active product {request.ProductCode})");
        }
        if (product.CheckRange(request.Amount, request.TermMonths) is { } outOfRange)
        {
            return Failure.Unprocessable(outOfRange.Field, outOfRange.Message);
        }
        if (request.NeedId is { } needId && !await db.Needs.AnyAsync(n => n.Id == needId && n.CreditCode == creditCode, cancellationToken))
        {
            return Failure.Unprocessable("needId", "needId 须为本企业的融资需求 (needId must be one of your own financing needs)");
        }

        var now = time.GetUtcNow();
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        var facts = FinanceFields.For(profile, request.Amount, request.TermMonths, await ProductMatching.HasMaturingLoanAsync(db, creditCode, now, cancellationToken),
            await db.OpenPenaltiesAsync(creditCode, cancellationToken));
        var eligibility = EligibilityEvaluator.Evaluate(product.Eligibility, facts, FinanceFields.Catalog);
        if (eligibility.Outcome == EligibilityOutcome.NotMet)
        {
            // Banks want qualified referrals: a firm that fails a rule is told which, and nothing is referred.
            return Unmet("productCode", string.Join("；", eligibility.Unmet.Select(e => e.Text)), eligibility.Unmet,
                "企业不符合该产品的准入条件 (the firm does not meet the product's rules)");
        }

        Guid? whitelistEntryId = null;
        if (product.RequiresWhitelist)
        {
            whitelistEntryId = await db.Whitelist.Where(w => w.CreditCode == creditCode && w.Status == WhitelistStatus.Listed)
                .Select(w => (Guid?)w.Id).FirstOrDefaultAsync(cancellationToken);
            if (whitelistEntryId is null)
            {
                return Failure.Unprocessable("productCode", $"{product.Name} 仅面向知识产权质押白名单企业 ({product.Name} is for firms on the IP-pledge white list)");
            }
        }

        var referral = Referral.Apply(
            await db.NextReferralNumberAsync(now, cancellationToken), creditCode, profile?.Name ?? user.Name ?? creditCode, product, request.NeedId,
            request.Amount, request.TermMonths, request.Purpose, whitelistEntryId, user.Subject, idempotencyKey, now);
        db.Referrals.Add(referral);
        db.AddAudit(user, "referral.applied", "referral", referral.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation(ReferralEntityTypeConfiguration.IdempotencyKeyIndex))
        {
            // The same caller's concurrent retry saved first: this one gets its answer, and nothing is written twice.
            db.ChangeTracker.Clear();
            return (await EarlierApplicationAsync(db, user, idempotencyKey, request, cancellationToken))!.Value;
        }
        return new Applied(referral, IsNew: true);
    }

    /// <summary>
    /// Rules the firm does not meet, as one refusal: <paramref name="field"/> named, and every unmet rule under the
    /// field it concerns.
    /// </summary>
    public static Failure Unmet(string field, string detail, IEnumerable<ConditionExplanation> unmet, string title) =>
        Failure.Unprocessable(field, detail).Titled(title)
            .With("errors", unmet.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Text).ToArray()));

    /// <summary>The caller's earlier application under the same key: its answer for a retry, 422 when the key named a different application.</summary>
    private static async Task<Outcome<Applied>?> EarlierApplicationAsync(
        FinanceContext db, PlatformUser user, string? idempotencyKey, LoanRequest request, CancellationToken cancellationToken)
    {
        if (idempotencyKey is null ||
            await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.AppliedBy == user.Subject && r.IdempotencyKey == idempotencyKey, cancellationToken) is not { } earlier)
        {
            return null;
        }
        return earlier.Repeats(request.ProductCode, request.Amount, request.TermMonths, request.Purpose, request.NeedId)
            ? new Applied(earlier, IsNew: false)
            : IdempotencyKeys.Reused();
    }
}
