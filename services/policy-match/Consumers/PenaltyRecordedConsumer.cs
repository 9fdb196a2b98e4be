using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Services;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>An administrative penalty was recorded against the firm. Processed once (inbox); re-matches the firm.</summary>
public sealed class PenaltyRecordedConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<PenaltyRecorded, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(PenaltyRecorded message, CancellationToken cancellationToken) =>
        profiles.LearnAsync(message.CreditCode, (profile, now) =>
            [
                profile.Increment(ProfileFields.PenaltiesLast12Months, 1, FactOrigin.FromEvent(FactSources.PenaltyRecorded, message, message.PenaltyReference), now),
            ], cancellationToken);
}
