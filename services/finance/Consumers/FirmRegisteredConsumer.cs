using Qingmeng.Contracts;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Finance.Consumers;

/// <summary>A firm entered the zone's register: the replica learns it.</summary>
public sealed class FirmRegisteredConsumer(IServiceProvider services, TimeProvider time)
    : InboxConsumer<FirmRegistered, FinanceContext>(services)
{
    protected override Task HandleAsync(FirmRegistered message, FinanceContext db, CancellationToken cancellationToken) =>
        FirmReplica.ApplyAsync(db, message.CreditCode, message.Name, message.IndustryCode, message.SizeClass, message.Location, message.RegisteredOn,
            message.OccurredAt, time.GetUtcNow(), cancellationToken);
}

