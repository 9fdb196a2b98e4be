using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>The firm confirmed a hire: one more new hire this year. Processed once (inbox); re-matches the firm.</summary>
public sealed class HireConfirmedConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<HireConfirmed, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(HireConfirmed message, PolicyMatchContext db, CancellationToken cancellationToken) =>
        profiles.LearnAsync(message.EmployerCreditCode, (profile, now) =>
            [
                profile.Increment(ProfileFields.NewHires, 1, FactOrigin.FromEvent(FactSources.HireConfirmed, message, message.HireId.ToString()), now),
            ], cancellationToken);
}
