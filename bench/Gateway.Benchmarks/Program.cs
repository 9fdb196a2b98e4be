extern alias gateway;
extern alias identity;
extern alias policymatch;

using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Qingmeng.Benchmarks.Gateway;
using Qingmeng.Testing;

// The gateway's cost: each scenario is sent to policy-match directly and through the gateway, alternating, in one run,
// all in Release on real PostgreSQL, RabbitMQ and Redis started as child processes in a private temp folder.
var options = BenchOptions.From(args);
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};
var ct = interrupted.Token;
var startedAt = DateTimeOffset.UtcNow;
var loadAtStart = LoadAverage();

var dataRoot = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "qingmeng-bench", $"gateway-{startedAt:yyyyMMdd-HHmmss}-{Environment.ProcessId}")).FullName;
Console.Error.WriteLine($"Starting PostgreSQL, RabbitMQ and Redis under {dataRoot} …");
await using var postgres = await LocalPostgresServer.StartAsync(Path.Combine(dataRoot, "postgres"), ct);
await using var rabbit = await LocalRabbitMqServer.StartAsync(Path.Combine(dataRoot, "rabbitmq"), ct);
await using var redis = await LocalRedisServer.StartAsync(Path.Combine(dataRoot, "redis"), ct);
await postgres.CreateDatabaseAsync("identitydb", ct);
await postgres.CreateDatabaseAsync("policydb", ct);

var quiet = new Dictionary<string, string>
{
    // Per-request Information logs would measure the console, not the hop.
    ["Logging:LogLevel:Default"] = "Warning",
    ["Operators:ApiKey"] = "bench-operator-key",
    // Every host runs in this one process and activity listeners are process-wide: identity, in Development, would
    // otherwise record every span of every host at its development ratio of 1. Production keeps a tenth of new traces.
    [Qingmeng.ServiceDefaults.TraceSampling.RatioKey] = Qingmeng.ServiceDefaults.TraceSampling.DefaultProductionRatio.ToString(CultureInfo.InvariantCulture),
};
var gatewayPort = KestrelHost<gateway::Program>.FreePort();
var issuer = $"http://127.0.0.1:{gatewayPort}/";

await using var identityHost = new KestrelHost<identity::Program>("services/identity", "Qingmeng.Identity.Api", "Development", new Dictionary<string, string>(quiet)
{
    ["ConnectionStrings:identitydb"] = postgres.ConnectionStringFor("identitydb"),
    ["DemoData:Enabled"] = "true",
    ["Identity:EnablePasswordGrant"] = "true",
    ["Identity:Issuer"] = issuer,
    ["Identity:DevelopmentKeyDirectory"] = Directory.CreateDirectory(Path.Combine(dataRoot, "keys")).FullName,
});
identityHost.StartServer();
var identityAddress = identityHost.Address.ToString();

await using var policyHost = new KestrelHost<policymatch::Program>("services/policy-match", "Qingmeng.PolicyMatch.Api", "Production", new Dictionary<string, string>(quiet)
{
    ["ConnectionStrings:policydb"] = postgres.ConnectionStringFor("policydb"),
    ["ConnectionStrings:eventbus"] = rabbit.ConnectionString,
    ["DemoData:Enabled"] = "true",
    ["Authentication:Issuer"] = issuer,
    ["Authentication:Authority"] = identityAddress,
});
policyHost.StartServer();
var policyAddress = policyHost.Address.ToString();

var gatewaySettings = new Dictionary<string, string>(quiet)
{
    ["ConnectionStrings:cache"] = redis.ConnectionString,
    ["Authentication:Issuer"] = issuer,
    ["Authentication:Authority"] = identityAddress,
    ["ReverseProxy:Clusters:policy-match:Destinations:policy-match:Address"] = policyAddress,
    ["ReverseProxy:Clusters:identity:Destinations:identity:Address"] = identityAddress,
    // The limiter runs on every request, as in production, but with a limit this load never reaches: every answer is the service's.
    ["Gateway:RateLimitPermits"] = "100000000",
};
foreach (var (key, value) in options.GatewaySettings)
{
    gatewaySettings[key] = value;
}
await using var gatewayHost = new KestrelHost<gateway::Program>("gateway", "Qingmeng.Gateway", "Production", gatewaySettings);
gatewayHost.StartServer();

HttpClient NewClient(Uri address) => new(new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Concurrency,
    PooledConnectionLifetime = TimeSpan.FromMinutes(10),
})
{
    BaseAddress = address,
    Timeout = TimeSpan.FromSeconds(30),
};
using var direct = NewClient(policyHost.Address);
using var throughGateway = NewClient(gatewayHost.Address);

var tokenResponse = await throughGateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
{
    ["grant_type"] = "password",
    ["client_id"] = "qingmeng-demo",
    ["username"] = "jiejia.admin",
    ["password"] = "Qingmeng#2026",
    ["scope"] = "openid policy",
}), ct);
var tokenBody = await tokenResponse.Content.ReadAsStringAsync(ct);
if (!tokenResponse.IsSuccessStatusCode)
{
    throw new InvalidOperationException($"Signing in failed: {tokenBody}");
}
var token = JsonDocument.Parse(tokenBody).RootElement.GetProperty("access_token").GetString()!;

const string Question = "我们是园区内的电子企业，想问一下研发费用有没有补贴，最多能拿多少？";
var scenarios = new Dictionary<string, Scenario>
{
    ["get"] = new("get", "Authenticated `GET /api/policy/policies?pageSize=10`",
        () => LoadRun.Authorized(HttpMethod.Get, "/api/policy/policies?pageSize=10", token), ReadsEventStream: false),
    ["post"] = new("post", "Authenticated `POST /api/policy/consult` with a JSON body (the answer is kept as a demand signal)",
        () => LoadRun.Authorized(HttpMethod.Post, "/api/policy/consult", token, JsonContent.Create(new { question = Question })), ReadsEventStream: false),
    ["sse"] = new("sse", "Authenticated `POST /api/policy/consult/stream`: the consultant's server-sent events, read to the end",
        () => LoadRun.Authorized(HttpMethod.Post, "/api/policy/consult/stream", token, JsonContent.Create(new { question = Question })), ReadsEventStream: true),
};

var rows = new List<(Scenario Scenario, PhaseResult Direct, PhaseResult Gateway)>();
var latencyRows = new List<(Scenario Scenario, PhaseResult Direct, PhaseResult Gateway)>();
foreach (var id in options.Scenarios)
{
    var scenario = scenarios[id];
    Console.Error.WriteLine($"{scenario.Id}: warming up …");
    await LoadRun.RunAsync(direct, "direct", scenario, options.Concurrency, TimeSpan.FromSeconds(options.WarmupSeconds), ct);
    await LoadRun.RunAsync(throughGateway, "gateway", scenario, options.Concurrency, TimeSpan.FromSeconds(options.WarmupSeconds), ct);
    var directTotal = new PhaseResult("direct");
    var gatewayTotal = new PhaseResult("gateway");
    for (var round = 0; round < options.Rounds; round++)
    {
        // Alternate which target goes first, so a drift in the machine's load falls on both.
        var order = round % 2 == 0 ? new[] { (direct, directTotal), (throughGateway, gatewayTotal) } : [(throughGateway, gatewayTotal), (direct, directTotal)];
        foreach (var (client, total) in order)
        {
            Console.Error.WriteLine($"{scenario.Id}: round {round + 1}, {total.Target} …");
            total.Add(await LoadRun.RunAsync(client, total.Target, scenario, options.Concurrency, TimeSpan.FromSeconds(options.Seconds), ct));
        }
    }
    rows.Add((scenario, directTotal, gatewayTotal));

    // One caller at a time: nothing queues, so the difference is the hop itself (the saturated phases above add the
    // queueing that a busier process causes on two shared cores).
    if (options.LatencySeconds > 0)
    {
        var directAlone = new PhaseResult("direct");
        var gatewayAlone = new PhaseResult("gateway");
        for (var round = 0; round < options.Rounds; round++)
        {
            var order = round % 2 == 0 ? new[] { (direct, directAlone), (throughGateway, gatewayAlone) } : [(throughGateway, gatewayAlone), (direct, directAlone)];
            foreach (var (client, total) in order)
            {
                Console.Error.WriteLine($"{scenario.Id}: one caller, round {round + 1}, {total.Target} …");
                total.Add(await LoadRun.RunAsync(client, total.Target, scenario, 1, TimeSpan.FromSeconds(options.LatencySeconds), ct));
            }
        }
        latencyRows.Add((scenario, directAlone, gatewayAlone));
    }
}

var report = Report(rows);
Console.WriteLine(report);
var reportFolder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "qingmeng-bench")).FullName;
var reportPath = Path.Combine(reportFolder, $"gateway-{startedAt:yyyyMMdd-HHmmss}.md");
await File.WriteAllTextAsync(reportPath, report, ct);
Console.Error.WriteLine($"Report: {reportPath}");
Directory.Delete(dataRoot, recursive: true);
return rows.Concat(latencyRows).Any(row => row.Direct.Failures.Count > 0 || row.Gateway.Failures.Count > 0) ? 1 : 0;

string Report(IReadOnlyList<(Scenario Scenario, PhaseResult Direct, PhaseResult Gateway)> results)
{
    var text = new StringBuilder();
    var culture = CultureInfo.InvariantCulture;
    text.AppendLine(culture, $"# Gateway against the service directly — {startedAt:yyyy-MM-dd HH:mm} UTC");
    text.AppendLine();
    text.AppendLine(string.Create(culture, $"{Environment.ProcessorCount} cores, load average {loadAtStart} at the start and {LoadAverage()} at the end; ")
        + string.Create(culture, $"{options.Concurrency} concurrent callers, {options.Rounds} × {options.Seconds} s per target and scenario (alternating), {options.WarmupSeconds} s warm-up; ")
        + "Release; gateway and policy-match in Production, rate limiter on with a limit this load never reaches.");
    if (options.GatewaySettings.Count > 0)
    {
        text.AppendLine(culture, $"Gateway settings under test: {string.Join(", ", options.GatewaySettings.Select(s => $"`{s.Key}={s.Value}`"))}.");
    }
    text.AppendLine();
    text.AppendLine("| Scenario | Direct req/s | Gateway req/s | Gateway / direct | Direct p50 / p99 ms | Gateway p50 / p99 ms | Added p50 / p99 ms | Failures (direct / gateway) |");
    text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
    foreach (var (scenario, directResult, gatewayResult) in results)
    {
        var d = Percentiles.From(directResult.Milliseconds);
        var g = Percentiles.From(gatewayResult.Milliseconds);
        text.AppendLine(
            string.Create(culture, $"| {scenario.Id} | {directResult.RequestsPerSecond:F0} | {gatewayResult.RequestsPerSecond:F0} | {100 * gatewayResult.RequestsPerSecond / directResult.RequestsPerSecond:F0} % ")
            + string.Create(culture, $"| {d.P50:F1} / {d.P99:F1} | {g.P50:F1} / {g.P99:F1} | {g.P50 - d.P50:F1} / {g.P99 - d.P99:F1} | {Failures(directResult)} / {Failures(gatewayResult)} |"));
    }
    if (latencyRows.Count > 0)
    {
        text.AppendLine();
        text.AppendLine(culture, $"Added latency with one caller at a time ({options.Rounds} × {options.LatencySeconds} s per target and scenario, alternating): the hop itself, without the queueing of a saturated machine.");
        text.AppendLine();
        text.AppendLine("| Scenario | Requests (direct / gateway) | Direct p50 / p99 ms | Gateway p50 / p99 ms | Added p50 / p99 ms |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (scenario, directResult, gatewayResult) in latencyRows)
        {
            var d = Percentiles.From(directResult.Milliseconds);
            var g = Percentiles.From(gatewayResult.Milliseconds);
            text.AppendLine(string.Create(culture,
                $"| {scenario.Id} | {directResult.Milliseconds.Count} / {gatewayResult.Milliseconds.Count} | {d.P50:F2} / {d.P99:F2} | {g.P50:F2} / {g.P99:F2} | {g.P50 - d.P50:F2} / {g.P99 - d.P99:F2} |"));
        }
    }
    text.AppendLine();
    text.AppendLine("CPU per request, all processes of the bench (client, gateway, identity, policy-match, PostgreSQL, Redis, RabbitMQ): what the gateway costs whatever else the machine is doing. ");
    text.AppendLine("On a saturated machine whose every core serves this bench, throughput through the gateway would be direct CPU / gateway CPU of direct throughput.");
    text.AppendLine();
    text.AppendLine("| Scenario | Direct CPU µs/request | Gateway CPU µs/request | Added by the gateway µs | Direct CPU / gateway CPU |");
    text.AppendLine("|---|---:|---:|---:|---:|");
    foreach (var (scenario, directResult, gatewayResult) in results)
    {
        text.AppendLine(string.Create(culture,
            $"| {scenario.Id} | {directResult.CpuMicrosecondsPerRequest:F0} | {gatewayResult.CpuMicrosecondsPerRequest:F0} | {gatewayResult.CpuMicrosecondsPerRequest - directResult.CpuMicrosecondsPerRequest:F0} | {100 * directResult.CpuMicrosecondsPerRequest / gatewayResult.CpuMicrosecondsPerRequest:F0} % |"));
    }
    text.AppendLine();
    foreach (var (scenario, directResult, gatewayResult) in results.Where(r => r.Scenario.ReadsEventStream))
    {
        var d = Percentiles.From(directResult.FirstEventMilliseconds);
        var g = Percentiles.From(gatewayResult.FirstEventMilliseconds);
        text.AppendLine(culture, $"{scenario.Id}: first event after p50 {d.P50:F1} ms directly and {g.P50:F1} ms through the gateway (the stream is not buffered).");
    }
    text.AppendLine();
    text.AppendLine("Scenarios:");
    foreach (var (scenario, _, _) in results)
    {
        text.AppendLine(culture, $"- **{scenario.Id}**: {scenario.Description}.");
    }
    return text.ToString();
}

static string Failures(PhaseResult result) =>
    result.Failures.Count == 0 ? "0" : string.Join(" ", result.Failures.Select(f => $"{(int)f.Key}×{f.Value}"));

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
