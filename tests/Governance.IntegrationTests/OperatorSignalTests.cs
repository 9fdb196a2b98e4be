using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Governance.IntegrationTests;

/// <summary>
/// What an operator sees on the dashboard: errors mean something needs a person, and the traces page shows the work
/// that requests and events caused, not the background loops polling the database.
/// </summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class OperatorSignalTests(PlatformServersFixture servers)
{
    private const int MaxQuietRootTraces = 20;

    [Fact]
    public async Task A_quiet_service_logs_no_error_and_starts_fewer_than_20_traces_in_a_minute()
    {
        var rootSpans = new RootSpanRecorder();
        // Demo data seeded, the jobs' loops on and due every few seconds, the outbox polled five times a second.
        await using var host = await StartAsync(rootSpans, new Dictionary<string, string>
        {
            ["Scheduling:Enabled"] = "true",
            ["Scheduling:Jobs:SupervisionJob:Interval"] = "00:00:05",
            ["Scheduling:Jobs:KpiSnapshotJob:Interval"] = "00:00:05",
        });
        rootSpans.Clear(); // start-up (migrations, seeding) is not the quiet minute

        // A minute of wall-clock quiet is what is measured: nothing to wait for but time itself.
        await Task.Delay(TimeSpan.FromMinutes(1));

        var errors = host.Logs.Entries.Where(entry => entry.Level >= LogLevel.Error).Select(entry => entry.Text).ToList();
        var traces = rootSpans.Names.GroupBy(name => name).Select(g => $"{g.Count()} × {g.Key}").ToList();
        Assert.True(errors.Count == 0 && rootSpans.Count < MaxQuietRootTraces,
            $"{errors.Count} error(s) since start-up:\n{string.Join("\n", errors)}\n{rootSpans.Count} root traces in a quiet minute:\n{string.Join("\n", traces)}");
    }

    [Fact]
    public async Task Filing_and_closing_a_case_logs_no_warning_or_error()
    {
        await PurgeGovernanceQueuesAsync();
        await using var host = await StartAsync(new RootSpanRecorder());

        var id = await host.FileSimpleAsync(creditCode: TestTokens.FirmACreditCode);
        var path = $"/api/governance/cases/{id}";
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/dispatch", new { leadDepartmentCode = "ZJJ" });
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/sign-for");
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/complete", new { resolution = "已督促工地调整施工时间。" });
        // Filed, dispatched and closed each reach the scorecard through the broker.
        await Eventually.MatchesAsync(
            () => host.ScalarAsync($"SELECT count(*) FROM governance.scorecard_facts WHERE subject = 'case:{id:N}'"),
            facts => facts >= 3, TimeSpan.FromSeconds(60), "the scorecard to record the case's events");
        await Eventually.MatchesAsync(() => host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE sent_at IS NULL"),
            unsent => unsent == 0, TimeSpan.FromSeconds(30), "every event published");

        var loud = host.Logs.Entries.Where(entry => entry.Level >= LogLevel.Warning).Select(entry => $"{entry.Level}: {entry.Text}").ToList();
        Assert.True(loud.Count == 0, "Warnings or errors while filing and closing one case:\n" + string.Join("\n", loud));
    }

    [Fact]
    public async Task Scorecard_conflicts_between_two_replicas_are_handled_again_without_a_warning()
    {
        using var retriedConflicts = new CounterTotal("qingmeng.inbox.retried_conflicts");
        await PurgeGovernanceQueuesAsync();
        await using var host = await GovernanceHost.StartAsync(servers, replicas: 2);

        // Every filed case adds to the same scorecard rows; the two replicas consume the events side by side.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.FileSimpleAsync()));
        await Eventually.MatchesAsync(() => host.ScalarAsync("SELECT count(*) FROM governance.scorecard_facts WHERE subject LIKE 'case:%'"),
            facts => facts == 20, TimeSpan.FromSeconds(90), "the scorecard to record all 20 cases");

        var loud = host.ReplicaLogs.SelectMany(logs => logs.Entries).Where(entry => entry.Level >= LogLevel.Warning)
            .Select(entry => $"{entry.Level}: {entry.Text}").ToList();
        Assert.True(loud.Count == 0,
            $"Warnings or errors while two replicas recorded 20 cases ({retriedConflicts.Total} conflicts handled again):\n" + string.Join("\n", loud));
    }

    /// <summary>
    /// The broker is shared by this collection's tests: events earlier hosts left unconsumed in governance's queues (every
    /// governance host files cases) would reach this host first, and the scorecard applies them one at a time (they share
    /// one partition key). These tests measure what one case, or twenty, cost: they start from empty queues.
    /// </summary>
    private Task PurgeGovernanceQueuesAsync() =>
        servers.RabbitMq.PurgeQueuesAsync(Qingmeng.Contracts.EventSubscriptions.QueuesStartingWith("governance-"));

    private Task<SignalHost> StartAsync(RootSpanRecorder rootSpans, IReadOnlyDictionary<string, string>? settings = null) =>
        SignalHost.StartAsync(servers, rootSpans, settings ?? new Dictionary<string, string>());

    /// <summary>The governance service with the recorder in its own tracing pipeline (so its sampler applies).</summary>
    private sealed class SignalHost : IAsyncDisposable
    {
        private readonly ServiceHost<Program> _serviceHost;
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory;

        private SignalHost(PlatformServersFixture servers, string database, ServiceHost<Program> serviceHost, RootSpanRecorder rootSpans)
        {
            Servers = servers;
            Database = database;
            _serviceHost = serviceHost;
            _factory = serviceHost.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(rootSpans))));
            _ = _factory.Server; // start: migrate, seed, bind the bus
        }

        public PlatformServersFixture Servers { get; }

        public string Database { get; }

        public CapturedLogs Logs => _serviceHost.Logs;

        public static async Task<SignalHost> StartAsync(PlatformServersFixture servers, RootSpanRecorder rootSpans, IReadOnlyDictionary<string, string> extra)
        {
            var database = await servers.CreateDatabaseAsync("governancedb");
            var settings = ServiceHost<Program>.FastMessagingSettings();
            settings["ConnectionStrings:governancedb"] = database;
            settings["ConnectionStrings:eventbus"] = servers.RabbitMq.ConnectionString;
            settings["Scheduling:Enabled"] = "false";
            foreach (var (key, value) in extra)
            {
                settings[key] = value;
            }
            return new SignalHost(servers, database, new ServiceHost<Program>(settings), rootSpans);
        }

        public Task<long> ScalarAsync(string sql) => Servers.ScalarAsync(Database, sql);

        public async Task<Guid> FileSimpleAsync(string creditCode)
        {
            var (status, body) = await PostAsync(TestCaller.Dispatcher, "/api/governance/cases", new
            {
                channel = "Hotline", moduleCode = "CONSTRUCT", title = "夜间施工噪声扰民", description = "工地每晚施工至凌晨。",
                contactPhone = "13805951234", creditCode,
            });
            Assert.True(status == HttpStatusCode.Created, body.ToString());
            return body.GetProperty("id").GetGuid();
        }

        public async Task ExpectAsync(HttpStatusCode expected, TestCaller caller, string path, object? body = null)
        {
            var (status, json) = await PostAsync(caller, path, body ?? new { });
            Assert.True(status == expected, $"{path}: expected {(int)expected}, got {(int)status} {json}");
        }

        private async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body)> PostAsync(TestCaller caller, string path, object body)
        {
            using var client = _factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(caller, GovernanceHost.Audience));
            var response = await client.PostAsync(path, System.Net.Http.Json.JsonContent.Create(body));
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? default : System.Text.Json.JsonDocument.Parse(text).RootElement.Clone());
        }

        public async ValueTask DisposeAsync()
        {
            await _factory.DisposeAsync();
            await _serviceHost.DisposeAsync();
        }
    }

    /// <summary>The total a counter of any host in this process has been given since the listener started.</summary>
    private sealed class CounterTotal : IDisposable
    {
        private readonly System.Diagnostics.Metrics.MeterListener _listener = new();
        private long _total;

        public CounterTotal(string instrumentName)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == instrumentName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }

    /// <summary>Every span the service's tracing pipeline exports that has no parent: one trace on the dashboard each.</summary>
    private sealed class RootSpanRecorder : BaseProcessor<Activity>
    {
        private ConcurrentQueue<string> _names = new();

        public int Count => _names.Count;

        public IEnumerable<string> Names => _names;

        public void Clear() => _names = new();

        public override void OnEnd(Activity activity)
        {
            if (activity.ParentSpanId == default)
            {
                _names.Enqueue($"{activity.Source.Name}: {activity.DisplayName}");
            }
        }
    }
}
