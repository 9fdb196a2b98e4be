using Qingmeng.Contracts;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Finance.Consumers;

/// <summary>A registered firm's facts were corrected: the replica follows, unless it already holds newer ones.</summary>
public sealed class FirmUpdatedConsumer(IServiceProvider services, TimeProvider time)
    : InboxConsumer<FirmUpdated, FinanceContext>(services)
{
    protected override Task HandleAsync(FirmUpdated message, FinanceContext db, CancellationToken cancellationToken) =>
        FirmReplica.ApplyAsync(db, message.CreditCode, message.Name, message.IndustryCode, message.SizeClass, message.Location, message.RegisteredOn,
            message.OccurredAt, time.GetUtcNow(), cancellationToken);
}
