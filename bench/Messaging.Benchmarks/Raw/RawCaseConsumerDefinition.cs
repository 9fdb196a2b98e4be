using MassTransit;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Benchmarks.Messaging.Raw;

/// <summary>
/// The same endpoint policy as (A) (concurrency limit, retries), so the only difference is the database work.
/// The queue is durable like (A)'s but auto-deletes when this host stops: otherwise it would stay bound to the
/// message type's exchange and every later (A) publish would also be copied into it.
/// </summary>
public sealed class RawCaseConsumerDefinition(IOptions<MessagingOptions> options)
    : PlatformConsumerDefinition<RawCaseConsumer>(options)
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RawCaseConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        base.ConfigureConsumer(endpointConfigurator, consumerConfigurator, context);
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.AutoDelete = true;
        }
    }
}
