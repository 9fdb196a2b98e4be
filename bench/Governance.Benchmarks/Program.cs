using Qingmeng.Benchmarks.Governance;
using Qingmeng.Testing;

// Usage: dotnet run -c Release --project bench/Governance.Benchmarks [-- --scenarios kpi,intake --cases 100000 --rate 50 …]
// PostgreSQL, RabbitMQ and Redis run as child processes in a private temp directory, removed at the end.
var options = BenchOptions.From(args);
var startedAt = DateTimeOffset.UtcNow;
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.TimeoutSeconds + 600));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    timeout.Cancel();
};
var ct = timeout.Token;

Progress.Write("starting PostgreSQL, RabbitMQ and Redis …");
var servers = await PlatformServers.StartAsync(ct);
KpiResult? kpi = null;
IntakeResult? intake = null;
try
{
    if (options.Scenarios.Contains("kpi"))
    {
        kpi = await KpiBenchmark.RunAsync(servers.Postgres, options.Cases, options.Runs, ct);
    }
    if (options.Scenarios.Contains("intake"))
    {
        intake = await IntakeBenchmark.RunAsync(servers, options, ct);
    }
}
finally
{
    await servers.DisposeAsync();
}

var report = Report.Render(options, startedAt, kpi, intake);
var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "qingmeng-bench")).FullName;
var path = Path.Combine(directory, $"governance-{startedAt:yyyyMMdd-HHmmss}.md");
await File.WriteAllTextAsync(path, report, CancellationToken.None);
Console.WriteLine(report);
Progress.Write($"report written to {path}");
return intake is { Complete: false } ? 1 : 0;
