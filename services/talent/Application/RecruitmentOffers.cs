using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Application;

/// <summary>Makes the recruitment offer both approval consumers stage: one per project and trigger, audited.</summary>
internal static class RecruitmentOffers
{
    /// <summary>Approval reporting a project: recorded in the audit trail as the actor of the offer.</summary>
    public static readonly PlatformUser Approval = PlatformUser.System("service:approval", "帮代办审批服务");

    public static async Task OfferAsync(
        TalentContext db, string creditCode, Guid projectId, string projectName, RecruitmentOfferTrigger trigger, bool isKeyProject,
        Guid sourceEventId, TalentOptions options, DateTimeOffset now, ILogger logger, CancellationToken cancellationToken)
    {
        if (await db.RecruitmentOffers.AnyAsync(o => o.ProjectId == projectId && o.Trigger == trigger, cancellationToken))
        {
            TalentLog.RecruitmentOfferExists(logger, projectId, trigger);
            return;
        }
        var size = RecruitmentOfferSize.For(trigger, isKeyProject, options.RecruitmentOffers);
        // The places are at the next fair not yet begun; with none scheduled the firm gets them at the next one scheduled.
        var nextFair = await db.JobFairs.AsNoTracking().Where(f => f.StartsAt > now).OrderBy(f => f.StartsAt)
            .Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken);
        var offer = RecruitmentOffer.Offer(creditCode, projectId, projectName, trigger, sourceEventId, size.JobFairPlaces, nextFair, size.AmbassadorReferrals, now);
        db.RecruitmentOffers.Add(offer);
        db.AddAudit(Approval, "recruitment-offer.offered", "recruitment-offer", offer.Id.ToString(), now);
        TalentLog.RecruitmentOffered(logger, offer.Id, projectId, trigger);
    }
}
