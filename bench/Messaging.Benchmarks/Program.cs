using System.Diagnostics;
using Qingmeng.Benchmarks.Messaging;
using Qingmeng.Benchmarks.Messaging.Measurement;
using Qingmeng.Benchmarks.Messaging.Pipeline;
using Qingmeng.Benchmarks.Messaging.Raw;
using Qingmeng.Benchmarks.Messaging.Reliable;
using Qingmeng.Benchmarks.Messaging.Reporting;
using Qingmeng.Testing;

// Real PostgreSQL and RabbitMQ as child processes in a private temp directory, removed at the end.
var options = BenchOptions.From(args);
var scenarios = Scenarios.All(options).Where(s => options.Includes(s.Id)).ToList();
var machine = MachineInfo.Capture();
var startedAt = DateTimeOffset.UtcNow;
var clock = Stopwatch.StartNew();

using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};
var ct = interrupted.Token;

var dataRoot = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "qingmeng-bench", $"{startedAt:yyyyMMdd-HHmmss}-{Environment.ProcessId}")).FullName;
Console.Error.WriteLine($"Starting PostgreSQL and RabbitMQ under {dataRoot} …");
var postgres = await LocalPostgresServer.StartAsync(dataRoot, ct);
LocalRabbitMqServer? rabbitMq = null;
var results = new List<ScenarioResult>();
var settings = new Dictionary<string, string>();
try
{
    rabbitMq = await LocalRabbitMqServer.StartAsync(dataRoot, ct);
    await postgres.CreateDatabaseAsync(ReliablePipeline.DatabaseName, ct);
    var connectionStrings = new Dictionary<string, string?>
    {
        [$"ConnectionStrings:{ReliablePipeline.DatabaseName}"] = postgres.ConnectionStringFor(ReliablePipeline.DatabaseName),
        ["ConnectionStrings:eventbus"] = rabbitMq.ConnectionString,
    };
    var board = new TimelineBoard();
    using var dispatchDelays = new DispatchDelayRecorder();
    var runner = new ScenarioRunner(options, board, dispatchDelays);

    if (scenarios.Any(s => s.Pipeline == PipelineKind.Raw))
    {
        await using var raw = await RawPipeline.StartAsync(args, connectionStrings, board, ct);
        Merge(settings, raw.Settings, "B: ");
        foreach (var scenario in scenarios.Where(s => s.Pipeline == PipelineKind.Raw))
        {
            results.Add(await RunAsync(runner, scenario, raw));
        }
    }

    if (scenarios.Any(s => s.Pipeline == PipelineKind.Reliable))
    {
        await using var reliable = await ReliablePipeline.StartAsync(args, connectionStrings, board, ct);
        Merge(settings, reliable.Settings, "A: ");
        foreach (var scenario in scenarios.Where(s => s.Pipeline == PipelineKind.Reliable))
        {
            var result = await RunAsync(runner, scenario, reliable);
            var rows = await reliable.CountRowsAsync(ct);
            results.Add(result with { RowCheck = $"outbox {rows.Outbox:N0} ({rows.Unsent:N0} unsent) · inbox {rows.Inbox:N0} · effects {rows.Effects:N0}" });
        }
    }
}
finally
{
    // Clean stops first (fast shutdown, no recovery on disk), then dispose removes any straggler and the data.
    if (rabbitMq is not null)
    {
        await rabbitMq.StopAsync();
        await rabbitMq.DisposeAsync();
    }
    await postgres.StopAsync();
    await postgres.DisposeAsync();
    Directory.Delete(dataRoot, recursive: true);
}

var report = MarkdownReport.Render(machine, options, settings, results, startedAt, clock.Elapsed);
var reportPath = Path.Combine(Path.GetTempPath(), "qingmeng-bench", $"messaging-{startedAt:yyyyMMdd-HHmmss}.md");
await File.WriteAllTextAsync(reportPath, report, CancellationToken.None);
Console.WriteLine(report);
Console.Error.WriteLine($"Report written to {reportPath}");
return results.All(r => r.Failure is null) ? 0 : 1;

async Task<ScenarioResult> RunAsync(ScenarioRunner runner, Scenario scenario, IPipelineDriver driver)
{
    Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {scenario.Id}: {scenario.Description} …");
    var result = await runner.RunAsync(scenario, driver, ct);
    var m = result.Measured;
    Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {scenario.Id}: {m.Throughput:N0} ev/s, p50 {m.Latency.P50:F1} ms, p99 {m.Latency.P99:F1} ms {result.Failure}");
    return result;
}

static void Merge(Dictionary<string, string> into, IReadOnlyDictionary<string, string> from, string prefix)
{
    foreach (var (name, value) in from)
    {
        into[prefix + name] = value;
    }
}
