using System.Text.Json;
using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>
/// A firm entered the zone's register (governance): its profile learns the registered name, industry, size, location and
/// registration date as authoritative facts. Processed once (inbox); re-matches the firm.
/// </summary>
public sealed class FirmRegisteredConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<FirmRegistered, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(FirmRegistered message, PolicyMatchContext db, CancellationToken cancellationToken) =>
        RegisterFacts.LearnAsync(profiles, FirmRegisterFacts.Of(message), FactOrigin.FromEvent(FactSources.FirmRegistered, message, message.CreditCode), cancellationToken);
}

/// <summary>A registered firm's facts were corrected: the profile follows (an older event never overwrites a newer fact).</summary>
public sealed class FirmUpdatedConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<FirmUpdated, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(FirmUpdated message, PolicyMatchContext db, CancellationToken cancellationToken) =>
        RegisterFacts.LearnAsync(profiles, FirmRegisterFacts.Of(message), FactOrigin.FromEvent(FactSources.FirmUpdated, message, message.CreditCode), cancellationToken);
}
