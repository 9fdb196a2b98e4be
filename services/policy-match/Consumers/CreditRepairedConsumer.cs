using System.Text.Json;
using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Services;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>A credit repair was granted: the penalty no longer counts and the firm is marked repaired. Processed once (inbox); re-matches the firm.</summary>
public sealed class CreditRepairedConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<CreditRepaired, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(CreditRepaired message, CancellationToken cancellationToken) =>
        profiles.LearnAsync(message.CreditCode, (profile, now) =>
            [
                profile.SetFact(ProfileFields.CreditRepaired, JsonSerializer.SerializeToElement(true), FactOrigin.FromEvent(FactSources.CreditRepaired, message, message.PenaltyReference), now),
                profile.Number(ProfileFields.PenaltiesLast12Months) is > 0
                    ? profile.Increment(ProfileFields.PenaltiesLast12Months, -1, FactOrigin.FromEvent(FactSources.CreditRepaired, message, message.PenaltyReference), now)
                    : null,
            ], cancellationToken);
}
