using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Services;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>A talent employed by the firm was certified: one more certified talent, and one more high-level talent for the top tiers. Processed once (inbox); re-matches the firm.</summary>
public sealed class TalentCertifiedConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<TalentCertified, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(TalentCertified message, CancellationToken cancellationToken) =>
        profiles.LearnAsync(message.EmployerCreditCode, (profile, now) =>
            [
                profile.Increment(ProfileFields.CertifiedTalents, 1, FactOrigin.FromEvent(FactSources.TalentCertified, message, message.CertificationId.ToString()), now),
                IsHighLevel(message.Tier)
                    ? profile.Increment(ProfileFields.HighLevelTalents, 1, FactOrigin.FromEvent(FactSources.TalentCertified, message, message.CertificationId.ToString()), now)
                    : null,
            ], cancellationToken);

    /// <summary>Tiers A to C (and 高层次 by name) count as high-level talents (高层次人才).</summary>
    private static bool IsHighLevel(string tier) =>
        tier.StartsWith('A') || tier.StartsWith('B') || tier.StartsWith('C') || tier.Contains("高层次", StringComparison.Ordinal);
}
