extern alias approval;
extern alias finance;
extern alias governance;
extern alias policymatch;
extern alias talent;

using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Operations;

/// <summary>
/// What an operator sees on the dashboard of a platform nobody is using: no errors, and the traces page not filled by
/// the five services' background loops (outbox dispatchers, scheduled jobs, notification senders) polling their databases.
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class QuietPlatformTests(PlatformServersFixture servers)
{
    private const int MaxQuietRootTraces = 20;

    private static readonly (string Database, string Schema)[] Databases =
    [
        ("approvaldb", "approval"), ("governancedb", "governance"), ("policydb", "policy"), ("financedb", "finance"), ("talentdb", "talent"),
    ];

    [Fact]
    public async Task A_quiet_platform_logs_no_error_and_starts_fewer_than_20_traces_in_a_minute()
    {
        var rootSpans = new RootSpanRecorder();
        var connectionStrings = new Dictionary<string, string>();
        foreach (var (database, _) in Databases)
        {
            connectionStrings[database] = await servers.CreateDatabaseAsync(database);
        }
        var hosts = new List<(CapturedLogs Logs, IAsyncDisposable Host)>
        {
            Start<approval::Program>("approvaldb"),
            Start<governance::Program>("governancedb"),
            Start<policymatch::Program>("policydb"),
            Start<finance::Program>("financedb"),
            Start<talent::Program>("talentdb"),
        };
        try
        {
            // Start-up (migrations, catalogues and the events they publish) is not the quiet minute.
            foreach (var (database, schema) in Databases)
            {
                await Eventually.MatchesAsync(
                    () => servers.ScalarAsync(connectionStrings[database], $"SELECT count(*) FROM {schema}.outbox_messages WHERE sent_at IS NULL"),
                    unsent => unsent == 0, TimeSpan.FromSeconds(120), $"{schema}'s start-up events published");
            }
            rootSpans.Clear();

            // A minute of wall-clock quiet is what is measured: nothing to wait for but time itself.
            await Task.Delay(TimeSpan.FromMinutes(1));

            var errors = hosts.SelectMany(h => h.Logs.Entries).Where(entry => entry.Level >= LogLevel.Error).Select(entry => $"{entry.Category}: {entry.Text}").ToList();
            var traces = rootSpans.Names.GroupBy(name => name).Select(g => $"{g.Count()} × {g.Key}").ToList();
            Assert.True(errors.Count == 0 && rootSpans.Count < MaxQuietRootTraces,
                $"{errors.Count} error(s):\n{string.Join("\n", errors)}\n{rootSpans.Count} root traces in a quiet minute:\n{string.Join("\n", traces)}");
        }
        finally
        {
            foreach (var (_, host) in hosts)
            {
                await host.DisposeAsync();
            }
        }

        (CapturedLogs, IAsyncDisposable) Start<TProgram>(string database) where TProgram : class
        {
            var settings = ServiceHost<TProgram>.FastMessagingSettings();
            settings[$"ConnectionStrings:{database}"] = connectionStrings[database];
            settings["ConnectionStrings:eventbus"] = servers.RabbitMq.ConnectionString;
            settings["Scheduling:Enabled"] = "true";
            var serviceHost = new ServiceHost<TProgram>(settings);
            var traced = serviceHost.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(rootSpans))));
            _ = traced.Server; // start: migrate, seed, bind the bus, run the loops
            return (serviceHost.Logs, new HostPair<TProgram>(traced, serviceHost));
        }
    }

    private sealed class HostPair<TProgram>(WebApplicationFactory<TProgram> traced, ServiceHost<TProgram> serviceHost) : IAsyncDisposable
        where TProgram : class
    {
        public async ValueTask DisposeAsync()
        {
            await traced.DisposeAsync();
            await serviceHost.DisposeAsync();
        }
    }

    /// <summary>
    /// Spans with no parent, once each: one trace each on the dashboard. The hosts share this process, so one span may
    /// reach several hosts' pipelines (they listen to the same sources).
    /// </summary>
    private sealed class RootSpanRecorder : BaseProcessor<Activity>
    {
        private ConcurrentDictionary<ActivitySpanId, string> _spans = new();

        public int Count => _spans.Count;

        public IEnumerable<string> Names => _spans.Values;

        public void Clear() => _spans = new();

        public override void OnEnd(Activity activity)
        {
            if (activity.ParentSpanId == default)
            {
                _spans.TryAdd(activity.SpanId, $"{activity.Source.Name}: {activity.DisplayName}");
            }
        }
    }
}
