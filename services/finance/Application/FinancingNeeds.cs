using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>A firm's financing need (融资需求), recorded with the products it matches.</summary>
public static class FinancingNeeds
{
    /// <summary>The recorded need, whether the firm's profile was known, and the ranked products.</summary>
    public sealed record Recorded(FinancingNeed Need, bool ProfileKnown, IReadOnlyList<ProductMatchView> Matches);

    /// <summary>What the caller states (purpose trimmed); <paramref name="CreditCode"/> is the firm an officer names.</summary>
    public sealed record NeedRequest(decimal Amount, int TermMonths, string Purpose, string? CreditCode);

    public static async Task<Outcome<Recorded>> RecordAsync(
        FinanceContext db, PlatformUser user, NeedRequest request, FinanceOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var creditCode = user.FirmFor(request.CreditCode);
        if (creditCode is null)
        {
            return Failure.Unprocessable("creditCode", "工作人员须指明该需求所属企业 (an officer must name the firm whose need this is)");
        }
        if (await FirmRegister.FindAsync(db, creditCode, cancellationToken) is null)
        {
            return FirmRegister.Unknown(creditCode);
        }
        var now = time.GetUtcNow();
        var need = FinancingNeed.Record(creditCode, request.Amount, request.TermMonths, request.Purpose, user.Subject, now);
        var (profileKnown, matches) = await ProductMatching.MatchAsync(db, need, options, now, cancellationToken);
        need.SetEligibleProducts(matches.Count(m => m.Outcome == EligibilityOutcome.Met));
        db.Needs.Add(need);
        db.AddAudit(user, "need.recorded", "financing-need", need.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return new Recorded(need, profileKnown, matches);
    }
}
