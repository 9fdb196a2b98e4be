using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Qingmeng.Benchmarks.Messaging.Measurement;
using Qingmeng.Benchmarks.Messaging.Pipeline;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Benchmarks.Messaging.Raw;

/// <summary>
/// (B) Raw MassTransit: IBus.Publish → IConsumer, no database. Bus settings mirror AddPlatformMessaging
/// (publisher confirmation, platform JSON, base-record exchange excluded, kebab-case endpoints, same definition policy).
/// Start = just before Publish is called; Publish returns after the broker's confirmation.
/// </summary>
public sealed class RawPipeline : IPipelineDriver
{
    public const string ServiceName = "bench-raw";

    private readonly IHost _host;
    private readonly IBus _bus;

    private RawPipeline(IHost host, IReadOnlyDictionary<string, string> settings)
    {
        _host = host;
        _bus = host.Services.GetRequiredService<IBus>();
        Settings = settings;
    }

    public IReadOnlyDictionary<string, string> Settings { get; }

    public static async Task<RawPipeline> StartAsync(
        string[] args, IReadOnlyDictionary<string, string?> connectionStrings, TimelineBoard board, CancellationToken cancellationToken)
    {
        var builder = BenchHost.CreateBuilder(args, connectionStrings);
        var brokerUri = new Uri(builder.Configuration.GetConnectionString(MessagingExtensions.EventBusConnectionName)
            ?? throw new InvalidOperationException("The eventbus connection string is missing."));
        builder.Services.AddSingleton(board);
        builder.Services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.SectionName);
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(ServiceName + "-", includeNamespace: false));
            bus.AddConsumer<RawCaseConsumer, RawCaseConsumerDefinition>();
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(brokerUri, host =>
                {
                    host.PublisherConfirmation = true;
                    host.ConnectionName(ServiceName);
                });
                rabbit.ConfigureJsonSerializerOptions(PlatformJson.Apply);
                rabbit.Publish<IntegrationEvent>(publish => publish.Exclude = true);
                rabbit.ConfigureEndpoints(context);
            });
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        await host.WaitForBusAsync(cancellationToken);

        var options = host.Services.GetRequiredService<IOptions<MessagingOptions>>().Value;
        var settings = new Dictionary<string, string>
        {
            ["ConcurrentMessageLimit (same definition policy as A)"] = options.ConcurrentMessageLimit.ToString(),
            ["Publisher confirmation"] = "on",
        };
        return new RawPipeline(host, settings);
    }

    public async Task SendAsync(IReadOnlyList<BenchCaseUpdated> events, EventTimeline timeline, CancellationToken cancellationToken)
    {
        foreach (var evt in events)
        {
            timeline.MarkStarted(evt.Index, Stopwatch.GetTimestamp());
            await _bus.Publish(evt, cancellationToken);
        }
    }

    public Task ResetAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _host.StopAsync(stopTimeout.Token);
        _host.Dispose();
    }
}
