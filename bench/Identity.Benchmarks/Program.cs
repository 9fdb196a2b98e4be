using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Qingmeng.Benchmarks.Identity;
using Qingmeng.Testing;

// The identity service on Kestrel, on a real PostgreSQL started as a child process in a private temp directory, removed at the end.
var options = BenchOptions.From(args);
var startedAt = DateTimeOffset.UtcNow;
var clock = Stopwatch.StartNew();
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};
var ct = interrupted.Token;
var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);

var dataRoot = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "qingmeng-bench", $"identity-{startedAt:yyyyMMdd-HHmmss}-{Environment.ProcessId}")).FullName;
Console.Error.WriteLine($"Starting PostgreSQL under {dataRoot} …");
var postgres = await LocalPostgresServer.StartAsync(dataRoot, ct);
var runs = new List<TokenRun>();
var settings = new Dictionary<string, string>();
ValidationResult? validation = null;
try
{
    await postgres.CreateDatabaseAsync("identitydb", ct);
    var connectionString = postgres.ConnectionStringFor("identitydb");
    await using var host = new IdentityServiceHost(connectionString, Directory.CreateDirectory(Path.Combine(dataRoot, "keys")).FullName);
    host.StartServer();
    var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = new Uri(address),
    };
    settings["Service"] = $"Qingmeng.Identity.Api on Kestrel at {address} (HTTP/1.1, keep-alive), Development keys (RSA 2048)";
    settings["PostgreSQL"] = await ScalarAsync(connectionString, "SELECT version()");
    settings["Access token lifetime"] = "00:30:00 (default)";

    Dictionary<string, string> ClientCredentials() => new()
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = "bank-qzbank-system",
        ["client_secret"] = IdentityServiceHost.BankSecret,
        ["scope"] = "finance",
    };
    Dictionary<string, string> PasswordGrant() => new()
    {
        ["grant_type"] = "password",
        ["client_id"] = "qingmeng-demo",
        ["username"] = "jiejia.admin",
        ["password"] = "Qingmeng#2026",
        ["scope"] = "openid profile roles finance",
    };

    foreach (var callers in options.CallerLevels)
    {
        runs.Add(await RunAsync("client_credentials", ClientCredentials, callers, options.ClientCredentials));
    }
    foreach (var callers in options.CallerLevels)
    {
        runs.Add(await RunAsync("password", PasswordGrant, callers, options.Password));
    }

    var tokens = new List<string>();
    for (var i = 0; i < 50; i++)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(ClientCredentials()), ct);
        tokens.Add((await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("access_token").GetString()!);
    }
    Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] validating {options.Validations:N0} tokens …");
    validation = await ValidationCost.MeasureAsync(await http.GetStringAsync("/.well-known/jwks", ct), tokens, "qingmeng-finance", options.Validations);
    settings["Token rows after the run"] = await ScalarAsync(connectionString, "SELECT count(*)::text FROM identity.oidc_tokens");

    async Task<TokenRun> RunAsync(string grant, Func<Dictionary<string, string>> form, int callers, int requests)
    {
        Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {grant} × {callers} callers, {requests:N0} requests …");
        var run = await TokenLoad.RunAsync(http, grant, form, callers, requests, options.WarmUp, timeout, ct);
        Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {grant} × {callers}: {run.TokensPerSecond:N0} tokens/s, p50 {run.Latency.P50:F1} ms, p99 {run.Latency.P99:F1} ms, failures {run.Failures}");
        return run;
    }
}
finally
{
    await postgres.StopAsync();
    await postgres.DisposeAsync();
    Directory.Delete(dataRoot, recursive: true);
}

var report = MarkdownReport.Render(options, settings, runs, validation, startedAt, clock.Elapsed);
var reportPath = Path.Combine(Path.GetTempPath(), "qingmeng-bench", $"identity-{startedAt:yyyyMMdd-HHmmss}.md");
await File.WriteAllTextAsync(reportPath, report, CancellationToken.None);
Console.WriteLine(report);
Console.Error.WriteLine($"Report written to {reportPath}");
return runs.All(r => r.Failures == 0) && validation is { Invalid: 0 } ? 0 : 1;

static async Task<string> ScalarAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
