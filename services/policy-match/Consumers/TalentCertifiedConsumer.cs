using Qingmeng.Contracts;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>A talent employed by the firm was certified: one more certified talent, and one more high-level talent for the top tiers. Processed once (inbox); re-matches the firm.</summary>
public sealed class TalentCertifiedConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<TalentCertified, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(TalentCertified message, PolicyMatchContext db, CancellationToken cancellationToken) =>
        profiles.LearnAsync(message.EmployerCreditCode, (profile, now) =>
            [
                profile.Increment(ProfileFields.CertifiedTalents, 1, FactOrigin.FromEvent(FactSources.TalentCertified, message, message.CertificationId.ToString()), now),
                IsHighLevel(message.Tier)
                    ? profile.Increment(ProfileFields.HighLevelTalents, 1, FactOrigin.FromEvent(FactSources.TalentCertified, message, message.CertificationId.ToString()), now)
                    : null,
            ], cancellationToken);

    /// <summary>High-level talents (高层次人才) are the tiers the platform's one scheme says (A to D, as talent and the scorecard count).</summary>
    public static bool IsHighLevel(string tier) => TalentTierCatalogue.IsHighLevel(tier);
}
