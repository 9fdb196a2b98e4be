using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Finance.Consumers;

/// <summary>
/// A high-level talent (tiers A–D of the shared scheme) was certified for a firm: offers the firm a 科创贷, or counts
/// the talent on its open offer; other tiers change nothing.
/// </summary>
public sealed class TalentCertifiedConsumer(IServiceProvider services, TimeProvider time, ILogger<TalentCertifiedConsumer> logger)
    : InboxConsumer<TalentCertified, FinanceContext>(services)
{
    protected override async Task HandleAsync(TalentCertified message, FinanceContext db, CancellationToken cancellationToken)
    {
        if (TalentTierCatalogue.Find(message.Tier) is not { IsHighLevel: true } tier)
        {
            FinanceLog.NotHighLevel(logger, message.CertificationId, message.Tier);
            return;
        }
        var now = time.GetUtcNow();
        var offer = await db.SciTechLoanOffers.FirstOrDefaultAsync(
            o => o.CreditCode == message.EmployerCreditCode && o.Status == SciTechLoanOfferStatus.Offered, cancellationToken);
        if (offer is null)
        {
            offer = SciTechLoanOffer.Offer(message.EmployerCreditCode, message.CertificationId, tier.Code, now);
            db.SciTechLoanOffers.Add(offer);
            db.AddAudit(EventActors.Talent, "scitech-offer.offered", "scitech-loan-offer", offer.Id.ToString(), now);
        }
        else
        {
            offer.AddTalent(message.CertificationId, tier.Code, now);
            db.AddAudit(EventActors.Talent, "scitech-offer.talent-added", "scitech-loan-offer", offer.Id.ToString(), now);
        }
        FinanceLog.SciTechOfferCounted(logger, offer.Id, message.CertificationId, tier.Code);
    }
}
