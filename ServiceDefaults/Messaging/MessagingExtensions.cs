using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Messaging.DeadLetters;
using Qingmeng.ServiceDefaults.Messaging.ErrorQueues;

namespace Qingmeng.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>The connection name of the RabbitMQ broker in the app model.</summary>
    public const string EventBusConnectionName = "eventbus";

    /// <summary>
    /// MassTransit over RabbitMQ plus the transactional outbox of <typeparamref name="TContext"/>, its dispatcher,
    /// the inbox-based consumers registered in <paramref name="configureConsumers"/>, and the error-queue operator client.
    /// </summary>
    /// <param name="serviceName">Kebab-case prefix of this service's queues, e.g. <c>policy-match</c>.</param>
    public static TBuilder AddPlatformMessaging<TBuilder, TContext>(
        this TBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(EventBusConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{EventBusConnectionName}' (the RabbitMQ broker) is not configured.");
        var brokerUri = new Uri(connectionString);

        var services = builder.Services;
        services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.SectionName);
        services.AddOptions<OperatorOptions>().BindConfiguration(OperatorOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<MessagingTelemetry>();
        services.TryAddSingleton<OutboxCommitInterceptor>();
        services.TryAddSingleton<InboxCommitGroups<TContext>>();
        services.TryAddSingleton<PartitionLocks>();
        services.TryAddScoped<IOutboxDeadLetters, OutboxDeadLetters<TContext>>();

        var catalog = new ReceiveEndpointCatalog(serviceName);
        services.AddSingleton(catalog);
        services.AddReceiveEndpointObserver(_ => catalog);
        services.AddSingleton(sp => new ErrorQueueClient(brokerUri, sp.GetRequiredService<ILogger<ErrorQueueClient>>()));
        services.AddHostedService<OutboxDispatcher<TContext>>();

        var endpointNames = new KebabCaseEndpointNameFormatter(serviceName + "-", includeNamespace: false);
        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(endpointNames);
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(brokerUri, host =>
                {
                    host.PublisherConfirmation = true;
                    host.ConnectionName(serviceName);
                });
                rabbit.ConfigureJsonSerializerOptions(PlatformJson.Apply);
                // Consumers bind to concrete events; an exchange for the base record would only add noise.
                rabbit.Publish<IntegrationEvent>(publish => publish.Exclude = true);
                SubscriberTopology.DeclareSubscriberQueues(rabbit);
                rabbit.ConfigureEndpoints(context);
            });
        });
        // Registered after the dispatcher, so the bus drains and stops before the dispatcher does.
        services.AddBusDrainOnStop();
        SubscriberTopology.VerifyConsumers(services, endpointNames, serviceName);

        // The service starts (its bus check reports Degraded, readiness stays 200) while the broker is away; the outbox holds events meanwhile.
        services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = false;
            options.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }
}
