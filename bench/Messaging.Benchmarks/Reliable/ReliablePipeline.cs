using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Qingmeng.Benchmarks.Messaging.Measurement;
using Qingmeng.Benchmarks.Messaging.Pipeline;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Benchmarks.Messaging.Reliable;

/// <summary>
/// (A) The platform's reliable pipeline exactly as a service wires it: AddPlatformDbContext + AddPlatformMessaging,
/// events staged with AddIntegrationEvent and committed by SaveChanges, published by the outbox dispatcher,
/// consumed by an InboxConsumer. Start = SaveChangesAsync has returned (the outbox rows are committed).
/// </summary>
public sealed class ReliablePipeline : IPipelineDriver
{
    public const string DatabaseName = "bench";
    public const string ServiceName = "bench-reliable";

    private readonly IHost _host;

    private ReliablePipeline(IHost host, IReadOnlyDictionary<string, string> settings)
    {
        _host = host;
        Settings = settings;
    }

    public IReadOnlyDictionary<string, string> Settings { get; }

    public static async Task<ReliablePipeline> StartAsync(
        string[] args, IReadOnlyDictionary<string, string?> connectionStrings, TimelineBoard board, CancellationToken cancellationToken)
    {
        var builder = BenchHost.CreateBuilder(args, connectionStrings);
        builder.Services.AddSingleton(board);
        builder.AddPlatformDbContext<HostApplicationBuilder, BenchDbContext>(DatabaseName);
        builder.AddPlatformMessaging<HostApplicationBuilder, BenchDbContext>(
            ServiceName, bus => bus.AddInboxConsumer<ReliableEffectConsumer>());
        var host = builder.Build();

        // No migrations in a benchmark: create the schema from the model before the dispatcher starts polling.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BenchDbContext>().Database.EnsureCreatedAsync(cancellationToken);
        }
        await host.StartAsync(cancellationToken);
        // The platform starts the bus without waiting (WaitUntilStarted = false); wait here so warm-up measures nothing of it.
        await host.WaitForBusAsync(cancellationToken);

        var options = host.Services.GetRequiredService<IOptions<MessagingOptions>>().Value;
        var settings = new Dictionary<string, string>
        {
            ["Messaging:OutboxBatchSize"] = options.OutboxBatchSize.ToString(),
            ["Messaging:OutboxPollInterval"] = options.OutboxPollInterval.ToString(),
            ["Messaging:ConcurrentMessageLimit"] = options.ConcurrentMessageLimit.ToString(),
            ["Bench:SharedTransactions (consumer commits deliveries that arrive together in one transaction)"] =
                Microsoft.Extensions.Configuration.ConfigurationBinder.GetValue(host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(), "Bench:SharedTransactions", true).ToString(),
            ["Messaging:SharedTransactionMaxEvents / SharedTransactionCommitters"] =
                $"{options.SharedTransactionMaxEvents} / {options.SharedTransactionCommitters}",
            ["Messaging:ImmediateRetries / ExponentialRetries"] = $"{options.ImmediateRetries} / {options.ExponentialRetries}",
            ["PostgreSQL"] = await ScalarAsync(host, "SELECT version() AS \"Value\"", cancellationToken),
            ["PostgreSQL synchronous_commit / fsync"] =
                await ScalarAsync(host, "SELECT current_setting('synchronous_commit') || ' / ' || current_setting('fsync') AS \"Value\"", cancellationToken),
        };
        return new ReliablePipeline(host, settings);
    }

    public async Task SendAsync(IReadOnlyList<BenchCaseUpdated> events, EventTimeline timeline, CancellationToken cancellationToken)
    {
        // Each unit of work is its own scope and context, like one request in a service.
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        foreach (var evt in events)
        {
            db.AddIntegrationEvent(evt, evt.CaseKey);
        }
        await db.SaveChangesAsync(cancellationToken);
        var committedAt = Stopwatch.GetTimestamp();
        foreach (var evt in events)
        {
            timeline.MarkStarted(evt.Index, committedAt);
        }
    }

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        await db.Database.ExecuteSqlRawAsync(
            "TRUNCATE outbox_messages, inbox_messages, case_effects", cancellationToken);
    }

    /// <summary>Rows whose effect is committed; a cross-check that the inbox consumer really wrote every event.</summary>
    public async Task<(long Outbox, long Unsent, long Inbox, long Effects)> CountRowsAsync(CancellationToken cancellationToken)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        return (
            await db.Set<OutboxMessage>().LongCountAsync(cancellationToken),
            await db.Set<OutboxMessage>().LongCountAsync(m => m.SentAt == null, cancellationToken),
            await db.Set<InboxMessage>().LongCountAsync(cancellationToken),
            await db.Effects.LongCountAsync(cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _host.StopAsync(stopTimeout.Token);
        _host.Dispose();
    }

    private static async Task<string> ScalarAsync(IHost host, string sql, CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        return await db.Database.SqlQueryRaw<string>(sql).SingleAsync(cancellationToken);
    }
}
