using Qingmeng.Contracts;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Talent.Consumers;

/// <summary>A firm entered the zone's register: the replica learns it.</summary>
public sealed class FirmRegisteredConsumer(IServiceProvider services, TimeProvider time)
    : InboxConsumer<FirmRegistered, TalentContext>(services)
{
    protected override Task HandleAsync(FirmRegistered message, TalentContext db, CancellationToken cancellationToken) =>
        FirmReplica.ApplyAsync(db, message.CreditCode, message.Name, message.IndustryCode, message.SizeClass, message.Location, message.RegisteredOn,
            message.OccurredAt, time.GetUtcNow(), cancellationToken);
}

/// <summary>A registered firm's facts were corrected: the replica follows, unless it already holds newer ones.</summary>
public sealed class FirmUpdatedConsumer(IServiceProvider services, TimeProvider time)
    : InboxConsumer<FirmUpdated, TalentContext>(services)
{
    protected override Task HandleAsync(FirmUpdated message, TalentContext db, CancellationToken cancellationToken) =>
        FirmReplica.ApplyAsync(db, message.CreditCode, message.Name, message.IndustryCode, message.SizeClass, message.Location, message.RegisteredOn,
            message.OccurredAt, time.GetUtcNow(), cancellationToken);
}

