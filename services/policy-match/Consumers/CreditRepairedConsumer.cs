using System.Text.Json;
using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>A credit repair was granted: the penalty no longer counts and the firm is marked repaired. Processed once (inbox); re-matches the firm.</summary>
public sealed class CreditRepairedConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<CreditRepaired, PolicyMatchContext>(services)
{
    protected override async Task HandleAsync(CreditRepaired message, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        // Only a penalty already counted is taken off; one not yet recorded here will not count when it arrives.
        var standing = await profiles.PenaltyStandingAsync(message.CreditCode, message.PenaltyReference, cancellationToken);
        var closes = standing.Repair(message.OccurredAt);
        await profiles.LearnAsync(message.CreditCode, (profile, now) =>
            [
                profile.SetFact(ProfileFields.CreditRepaired, JsonSerializer.SerializeToElement(true), FactOrigin.FromEvent(FactSources.CreditRepaired, message, message.PenaltyReference), now),
                closes && profile.Number(ProfileFields.PenaltiesLast12Months) is > 0
                    ? profile.Increment(ProfileFields.PenaltiesLast12Months, -1, FactOrigin.FromEvent(FactSources.CreditRepaired, message, message.PenaltyReference), now)
                    : null,
            ], cancellationToken);
    }
}
