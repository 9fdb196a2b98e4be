using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Application;

/// <summary>A firm answers its recruitment offer once: accepts the places and referrals, or declines saying why.</summary>
public static class RecruitmentOfferAnswers
{
    public static Task<Outcome<RecruitmentOffer>> AcceptAsync(TalentContext db, Guid id, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken) =>
        AnswerAsync(db, id, user, now, "recruitment-offer.accepted", offer => offer.Accept(user.Subject, now), cancellationToken);

    public static Task<Outcome<RecruitmentOffer>> DeclineAsync(
        TalentContext db, Guid id, PlatformUser user, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        AnswerAsync(db, id, user, now, "recruitment-offer.declined", offer => offer.Decline(user.Subject, reason.Trim(), now), cancellationToken);

    private static async Task<Outcome<RecruitmentOffer>> AnswerAsync(
        TalentContext db, Guid id, PlatformUser user, DateTimeOffset now, string action, Func<RecruitmentOffer, bool> answer,
        CancellationToken cancellationToken)
    {
        return await db.RunAsync(new Transition<RecruitmentOffer>
        {
            // Another firm's offer is as unknown as a missing one.
            Find = ct => db.RecruitmentOffers.FirstOrDefaultAsync(o => o.Id == id && o.CreditCode == user.CreditCode, ct),
            NotFound = Failure.NotFound("id", "无此招工服务邀约 (no such recruitment offer)."),
            Apply = (offer, _) => Task.FromResult(answer(offer) ? null : AlreadyAnswered(offer.Status)),
            Record = offer => db.AddAudit(user, action, "recruitment-offer", offer.Id.ToString(), now),
            // The other answer won: report the state it left.
            ConcurrentChangeFrom = current => AlreadyAnswered(current.Status),
        }, cancellationToken);
    }

    private static Failure AlreadyAnswered(RecruitmentOfferStatus status) => Failure.Conflict("status",
            $"该邀约已{(status == RecruitmentOfferStatus.Accepted ? "接受" : "谢绝")}，不能再次答复 (the offer is {status}; it can be answered once).")
        .Titled("招工服务邀约已答复 (The recruitment offer was already answered.)")
        .With("currentState", status.ToString());
}
