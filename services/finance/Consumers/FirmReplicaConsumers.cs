using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Finance.Consumers;

/// <summary>A firm entered the zone's register: the replica learns it.</summary>
public sealed class FirmRegisteredConsumer(IServiceProvider services, TimeProvider time)
    : InboxConsumer<FirmRegistered, FinanceContext>(services)
{
    protected override Task HandleAsync(FirmRegistered message, CancellationToken cancellationToken) =>
        FirmReplica.ApplyAsync(Db, message.CreditCode, message.Name, message.IndustryCode, message.SizeClass, message.Location, message.RegisteredOn,
            message.OccurredAt, time.GetUtcNow(), cancellationToken);
}

/// <summary>The platform's standard retry then error-queue policy.</summary>
public sealed class FirmRegisteredConsumerDefinition(IOptions<MessagingOptions> options)
    : PlatformConsumerDefinition<FirmRegisteredConsumer>(options);

/// <summary>The platform's standard retry then error-queue policy.</summary>
public sealed class FirmUpdatedConsumerDefinition(IOptions<MessagingOptions> options)
    : PlatformConsumerDefinition<FirmUpdatedConsumer>(options);
