using System.Text.Json;
using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>The firm entered or left the IP-pledge financing white list. Processed once (inbox); re-matches the firm.</summary>
public sealed class WhitelistChangedConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<WhitelistChanged, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(WhitelistChanged message, PolicyMatchContext db, CancellationToken cancellationToken) =>
        profiles.LearnAsync(message.CreditCode, (profile, now) =>
            [
                profile.SetFact(ProfileFields.IpWhitelisted, JsonSerializer.SerializeToElement(message.OnWhitelist), FactOrigin.FromEvent(FactSources.WhitelistChanged, message, message.Reason), now),
            ], cancellationToken);
}
