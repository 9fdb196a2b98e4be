using MassTransit;
using Qingmeng.ServiceDefaults.Messaging;

// Beside AddPlatformService, whose consumer callback is the one place services call these.
namespace Qingmeng.ServiceDefaults;

public static class InboxConsumerRegistration
{
    /// <summary>
    /// Registers an inbox consumer with the platform's standard policy (<see cref="PlatformConsumerDefinition{TConsumer}"/>):
    /// retries, then the <c>_error</c> queue; database outages waited out; <see cref="MessagingOptions.ConcurrentMessageLimit"/>.
    /// </summary>
    public static IConsumerRegistrationConfigurator<TConsumer> AddInboxConsumer<TConsumer>(this IBusRegistrationConfigurator bus)
        where TConsumer : class, IConsumer =>
        bus.AddInboxConsumer<TConsumer, PlatformConsumerDefinition<TConsumer>>();

    /// <summary>Registers an inbox consumer whose definition departs from the standard one (usually by deriving from it).</summary>
    public static IConsumerRegistrationConfigurator<TConsumer> AddInboxConsumer<TConsumer, TDefinition>(this IBusRegistrationConfigurator bus)
        where TConsumer : class, IConsumer
        where TDefinition : class, IConsumerDefinition<TConsumer>
    {
        // The inbox is what makes a redelivery harmless; a plain consumer registered here would lack it unnoticed.
        if (!SubscriberTopology.IsInboxConsumer(typeof(TConsumer)))
        {
            throw new InvalidOperationException(
                $"{typeof(TConsumer).Name} does not derive from InboxConsumer<TEvent, TContext>; register it with AddConsumer.");
        }
        return bus.AddConsumer<TConsumer, TDefinition>();
    }
}
