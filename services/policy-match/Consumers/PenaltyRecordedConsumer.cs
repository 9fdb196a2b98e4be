using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>An administrative penalty was recorded against the firm. Processed once (inbox); counted once per reference; re-matches the firm.</summary>
public sealed class PenaltyRecordedConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<PenaltyRecorded, PolicyMatchContext>(services)
{
    protected override async Task HandleAsync(PenaltyRecorded message, PolicyMatchContext db, CancellationToken cancellationToken)
    {
        // A repair that arrived first was remembered: the penalty then never counts as open.
        var standing = await profiles.PenaltyStandingAsync(message.CreditCode, message.PenaltyReference, cancellationToken);
        var opens = standing.Record(message.OccurredAt);
        await profiles.LearnAsync(message.CreditCode, (profile, now) =>
            [
                opens ? profile.Increment(ProfileFields.PenaltiesLast12Months, 1, FactOrigin.FromEvent(FactSources.PenaltyRecorded, message, message.PenaltyReference), now) : null,
            ], cancellationToken);
    }
}
