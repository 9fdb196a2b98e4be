using System.Reflection;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Contracts;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>
/// The consumers' side of the broker topology as a publisher needs it (see <see cref="EventSubscriptions"/>): before its
/// first publish of an event type on a channel, the bus declares every consumer queue of that type and binds it to the
/// type's exchange, so an event published before its consumer ever ran waits in the consumer's queue.
/// </summary>
internal static class SubscriberTopology
{
    private static readonly MethodInfo DeclareQueuesOfMethod =
        typeof(SubscriberTopology).GetMethod(nameof(DeclareQueuesOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo ConsumerEndpointNameMethod =
        typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!;

    /// <summary>True when the event has a durable consumer, so the broker must route it to a queue or return it.</summary>
    public static bool MustBeRouted(Type eventType) => EventSubscriptions.QueuesOf(eventType).Count > 0;

    public static void DeclareSubscriberQueues(IRabbitMqBusFactoryConfigurator rabbit)
    {
        foreach (var eventType in EventSubscriptions.SubscribedEvents)
        {
            DeclareQueuesOfMethod.MakeGenericMethod(eventType).Invoke(null, [rabbit]);
        }
    }

    private static void DeclareQueuesOf<TEvent>(IRabbitMqBusFactoryConfigurator rabbit)
        where TEvent : class
    {
        rabbit.Publish<TEvent>(publish =>
        {
            // Durable, not auto-deleted, no arguments: the same queue the consumer's own endpoint declares. A queue bound
            // both directly and through the consumer's endpoint exchange still receives one copy per publish.
            foreach (var queue in EventSubscriptions.QueuesOf(typeof(TEvent)))
            {
                publish.BindQueue(publish.Exchange.ExchangeName, queue);
            }
        });
    }

    /// <summary>
    /// The service's inbox consumers of contract events must be exactly its entries in <see cref="EventSubscriptions"/>:
    /// a consumer missing there would lose events published before it first ran, an entry without a consumer would fill
    /// a queue nobody reads. Checked as the service starts, so any test that starts it catches the mismatch.
    /// </summary>
    public static void VerifyConsumers(IServiceCollection services, IEndpointNameFormatter formatter, string serviceName)
    {
        var consumed = services
            .Where(d => !d.IsKeyedService)
            .Select(d => d.ImplementationType ?? d.ServiceType)
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && IsInboxConsumer(t))
            .Distinct()
            .SelectMany(consumer => ContractEventsOf(consumer).Select(eventType => (Queue: QueueOf(consumer, formatter), Event: eventType)))
            .ToHashSet();
        var listed = EventSubscriptions.QueuesStartingWith(serviceName + "-")
            .SelectMany(queue => EventSubscriptions.EventsOf(queue).Select(eventType => (Queue: queue, Event: eventType)))
            .ToHashSet();
        if (consumed.SetEquals(listed))
        {
            return;
        }
        var unlisted = consumed.Except(listed).Select(e => $"{e.Queue} ← {e.Event.Name}");
        var unconsumed = listed.Except(consumed).Select(e => $"{e.Queue} ← {e.Event.Name}");
        throw new InvalidOperationException(
            $"{nameof(EventSubscriptions)} does not match the inbox consumers of '{serviceName}'. " +
            $"Consumed but not listed: [{string.Join(", ", unlisted)}]; listed but not consumed: [{string.Join(", ", unconsumed)}].");
    }

    public static bool IsInboxConsumer(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(InboxConsumer<,>))
            {
                return true;
            }
        }
        return false;
    }

    private static IEnumerable<Type> ContractEventsOf(Type consumer) => consumer.GetInterfaces()
        .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
        .Select(i => i.GetGenericArguments()[0])
        .Where(e => e.Assembly == typeof(IntegrationEvent).Assembly);

    private static string QueueOf(Type consumer, IEndpointNameFormatter formatter) =>
        (string)ConsumerEndpointNameMethod.MakeGenericMethod(consumer).Invoke(formatter, null)!;
}
