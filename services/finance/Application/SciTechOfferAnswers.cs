using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>A firm answers its 科创贷 offer once: accepted or declined, audited.</summary>
public static class SciTechOfferAnswers
{
    public static readonly Failure OfferNotFound = Failure.NotFound("id", "没有该科创贷邀约 (there is no such 科创贷 offer)");

    public static async Task<Outcome<SciTechLoanOffer>> AnswerAsync(
        FinanceContext db, PlatformUser user, Guid id, bool accept, TimeProvider time, CancellationToken cancellationToken)
    {
        // Another firm's offer is as unknown as a missing one.
        var offer = await db.SciTechLoanOffers.FirstOrDefaultAsync(o => o.Id == id && o.CreditCode == user.CreditCode, cancellationToken);
        if (offer is null)
        {
            return OfferNotFound;
        }
        var now = time.GetUtcNow();
        if (!offer.Answer(accept, user.Subject, now))
        {
            return AlreadyAnswered(offer.Status);
        }
        db.AddAudit(user, accept ? "scitech-offer.accepted" : "scitech-offer.declined", "scitech-loan-offer", offer.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A certification counted meanwhile, or a concurrent answer: the firm answers again on what it sees now.
            var current = await db.SciTechLoanOffers.AsNoTracking().Where(o => o.Id == id).Select(o => o.Status).FirstAsync(cancellationToken);
            return current == SciTechLoanOfferStatus.Offered
                ? StateConflict.Of("科创贷邀约刚有更新 (The 科创贷 offer changed meanwhile.)", "请刷新后再答复 (reload the offer and answer again).", current.ToString())
                : AlreadyAnswered(current);
        }
        return offer;
    }

    private static Failure AlreadyAnswered(SciTechLoanOfferStatus status) => Failure.Conflict(
        "status",
        $"该邀约已{(status == SciTechLoanOfferStatus.Accepted ? "接受" : "谢绝")}，不能再次答复 (the offer is {status}; it can be answered once).")
        .Titled("科创贷邀约已答复 (The 科创贷 offer was already answered.)")
        .With("currentState", status.ToString());
}
