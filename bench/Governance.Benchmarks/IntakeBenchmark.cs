extern alias gateway;
extern alias governance;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Channels;
using governance::Qingmeng.Governance.Model;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.Testing;
using Qingmeng.Testing.Hosting;
using governance::Qingmeng.Governance.Infrastructure.ReferenceData;
using governance::Qingmeng.Governance.Model.Cases;
using GatewayProgram = gateway::Program;
using GovernanceProgram = governance::Program;

namespace Qingmeng.Benchmarks.Governance;

public sealed record LatencySummary(int Count, double P50, double P90, double P99, double Max)
{
    public static LatencySummary Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new(sorted.Length, At(0.50), At(0.90), At(0.99), sorted[^1]);
    }
}

public sealed record IntakeResult(
    int Measured,
    int Seen,
    int Failures,
    double OfferedRate,
    double AchievedRate,
    double MaxStartLagMs,
    double CompletedRate,
    LatencySummary Filed,
    LatencySummary Dispatched,
    LatencySummary Visible,
    long InboxPolls,
    string[] Departments,
    IReadOnlyDictionary<string, string> Settings)
{
    public bool Complete => Failures == 0 && Seen == Measured;
}

/// <summary>
/// Intake → visible in the department's inbox, at a paced rate through the gateway. The governance service and the
/// gateway run in this process on Kestrel (real sockets, the gateway's own YARP proxy, rate limiter and token check, the
/// service's own pipeline, outbox and bus) on real PostgreSQL, RabbitMQ and Redis. Each case: the dispatcher files it
/// (POST /cases) and dispatches it to the module's default department (POST /dispatch); each department's officer polls
/// the inbox (GET /cases/inbox) and signs for (签收) what appears, as a duty officer would, which keeps the unsigned cases
/// on the inbox's first page. Latency is measured from the start of the filing request.
/// </summary>
public static class IntakeBenchmark
{
    private static readonly string[] Modules = ["CONSTRUCT", "URBAN-MGT", "MARKET-REG", "SMART-ENV", "LABOUR", "ECON-RUN", "LAND-PLAN", "FIRE-SAFETY", "SOCIAL-AFF", "TAX-CHECK"];
    private const int SignersPerDepartment = 4;

    private static readonly string[] Streets = ["清濛大道", "紫山路", "崇宏街", "滨江路", "科创路", "德泰路"];

    public static async Task<IntakeResult> RunAsync(PlatformServers servers, BenchOptions options, CancellationToken cancellationToken)
    {
        await servers.Postgres.CreateDatabaseAsync("governance_intake", cancellationToken);
        // Run from the repository root, the factory would guess content roots beside the solution file. Everything either
        // host needs is set below, so both use this program's directory (whichever appsettings.json was copied there).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_QINGMENG_GOVERNANCE_API", AppContext.BaseDirectory);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_QINGMENG_GATEWAY", AppContext.BaseDirectory);
        // The service's own messaging defaults (not the tests' short timeouts): this measures the service as deployed.
        var serviceSettings = Quiet(new Dictionary<string, string>
        {
            ["Authentication:Issuer"] = TestTokens.Issuer,
            ["Operators:ApiKey"] = ServiceHost<GovernanceProgram>.OperatorKey,
        });
        serviceSettings["ConnectionStrings:governancedb"] = servers.Postgres.ConnectionStringFor("governance_intake");
        serviceSettings["ConnectionStrings:eventbus"] = servers.RabbitMq.ConnectionString;
        serviceSettings["ConnectionStrings:cache"] = servers.Redis.ConnectionString;
        await using var service = new ServiceHost<GovernanceProgram>(serviceSettings);
        service.UseKestrel(FreePort());
        service.StartServer();
        var serviceAddress = AddressOf(service.Services);

        await using var edge = new ServiceHost<GatewayProgram>(Quiet(new Dictionary<string, string>
        {
            ["ConnectionStrings:cache"] = servers.Redis.ConnectionString,
            ["Authentication:Issuer"] = TestTokens.Issuer,
            // One dispatcher files 50 cases/s: well over the per-caller limit meant for people. The limiter still counts in Redis.
            ["Gateway:RateLimitPermits"] = "1000000",
            ["ReverseProxy:Routes:governance:ClusterId"] = "governance",
            ["ReverseProxy:Routes:governance:Match:Path"] = "/api/governance/{**rest}",
            ["ReverseProxy:Clusters:governance:Destinations:governance:Address"] = serviceAddress,
        }));
        edge.UseKestrel(FreePort());
        edge.StartServer();
        var gatewayAddress = AddressOf(edge.Services);
        Progress.Write($"governance on {serviceAddress}, gateway on {gatewayAddress}");

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var audience = PlatformScopes.Audiences[PlatformScopes.Governance];
        HttpClient ClientFor(TestCaller caller) => new(handler, disposeHandler: false)
        {
            BaseAddress = new Uri(gatewayAddress),
            Timeout = TimeSpan.FromSeconds(60),
            DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(caller, audience, TimeSpan.FromHours(2))) },
        };

        var modules = Modules.Take(Math.Clamp(options.Departments, 1, Modules.Length))
            .Select(code => GovernanceCatalogue.Modules.Single(m => m.Code == code)).ToArray();
        var departments = modules.Select(m => m.DefaultDepartmentCode).Distinct().ToArray();
        using var dispatcher = ClientFor(TestCaller.Dispatcher);
        var officers = departments.ToDictionary(d => d, d => ClientFor(new TestCaller($"officer-{d.ToLowerInvariant()}", $"{d} 值班员", [PlatformRoles.DepartmentOfficer], DepartmentCode: d)));

        var total = options.WarmUpCases + options.IntakeCases;
        var filedAt = new long[total];
        var acknowledgedAt = new long[total];
        var dispatchedAt = new long[total];
        var ids = new Guid[total];
        var seenAt = new ConcurrentDictionary<Guid, long>();
        var failures = 0;
        long polls = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));

        // Officers: poll the first page of the inbox, note when a case first shows, sign for it in the background.
        var pollers = departments.Select(department => Task.Run(async () =>
        {
            var client = officers[department];
            var toSign = Channel.CreateUnbounded<Guid>();
            // Several sign-fors at once, like a duty desk: a slow one must not hold the new cases off the first page.
            var signers = Enumerable.Range(0, SignersPerDepartment).Select(_ => Task.Run(async () =>
            {
                await foreach (var id in toSign.Reader.ReadAllAsync(CancellationToken.None))
                {
                    try
                    {
                        using var response = await client.PostAsync($"/api/governance/cases/{id}/sign-for", null, stop.Token);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
                    {
                        // Signing for is only there to keep the first page short; a miss changes nothing measured.
                    }
                }
            })).ToArray();
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await client.GetAsync($"/api/governance/cases/inbox?pageSize={options.PageSize}", stop.Token);
                        var received = Stopwatch.GetTimestamp();
                        Interlocked.Increment(ref polls);
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(stop.Token));
                            foreach (var item in body.RootElement.GetProperty("items").EnumerateArray())
                            {
                                if (item.GetProperty("status").GetString() == nameof(CaseStatus.Dispatched)
                                    && seenAt.TryAdd(item.GetProperty("id").GetGuid(), received))
                                {
                                    toSign.Writer.TryWrite(item.GetProperty("id").GetGuid());
                                }
                            }
                        }
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        break;
                    }
                    catch (HttpRequestException)
                    {
                        // Counted as a missed poll; the next one sees the case.
                    }
                    var wait = TimeSpan.FromMilliseconds(options.PollMilliseconds) - Stopwatch.GetElapsedTime(started);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, CancellationToken.None);
                    }
                }
            }
            finally
            {
                toSign.Writer.Complete();
                await Task.WhenAll(signers);
            }
        })).ToArray();

        // The dispatcher: one case every 1/rate s, open loop (a slow answer does not delay the next case).
        Progress.Write($"filing {options.WarmUpCases:N0} warm-up and {options.IntakeCases:N0} measured cases at {options.Rate} cases/s over {departments.Length} departments …");
        var interval = TimeSpan.FromSeconds(1 / options.Rate);
        var random = new Random(20260315);
        var flows = new List<Task>(total);
        var origin = Stopwatch.GetTimestamp();
        double maxLagMs = 0;
        long firstMeasuredStart = 0, lastMeasuredStart = 0;
        for (var i = 0; i < total && !stop.IsCancellationRequested; i++)
        {
            var due = interval * i;
            var wait = due - Stopwatch.GetElapsedTime(origin);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, CancellationToken.None);
            }
            var lag = (Stopwatch.GetElapsedTime(origin) - due).TotalMilliseconds;
            if (i >= options.WarmUpCases)
            {
                maxLagMs = Math.Max(maxLagMs, lag);
                lastMeasuredStart = Stopwatch.GetTimestamp();
                firstMeasuredStart = firstMeasuredStart == 0 ? lastMeasuredStart : firstMeasuredStart;
            }
            var module = modules[i % modules.Length];
            var street = Streets[random.Next(Streets.Length)];
            var number = random.Next(1, 500);
            var index = i;
            flows.Add(Task.Run(async () =>
            {
                try
                {
                    filedAt[index] = Stopwatch.GetTimestamp();
                    using var filed = await dispatcher.PostAsJsonAsync("/api/governance/cases", new
                    {
                        channel = "Hotline", moduleCode = module.Code, title = $"{module.Name}诉求：{street}{number}号",
                        description = $"市民来电反映{street}{number}号附近的{module.Name}问题，请尽快核实处理。",
                        contactPhone = "13805951234", place = $"{street}{number}号",
                    }, stop.Token);
                    filed.EnsureSuccessStatusCode();
                    acknowledgedAt[index] = Stopwatch.GetTimestamp();
                    var id = (await filed.Content.ReadFromJsonAsync<JsonElement>(stop.Token)).GetProperty("id").GetGuid();
                    ids[index] = id;
                    using var dispatched = await dispatcher.PostAsJsonAsync($"/api/governance/cases/{id}/dispatch",
                        new { leadDepartmentCode = module.DefaultDepartmentCode }, stop.Token);
                    dispatched.EnsureSuccessStatusCode();
                    dispatchedAt[index] = Stopwatch.GetTimestamp();
                }
                catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or JsonException)
                {
                    Interlocked.Increment(ref failures);
                }
            }, CancellationToken.None));
        }
        await Task.WhenAll(flows);

        // Wait until every measured case has shown in its inbox (or the run times out).
        var measured = Enumerable.Range(options.WarmUpCases, options.IntakeCases).Where(i => dispatchedAt[i] != 0).ToArray();
        while (!stop.IsCancellationRequested && measured.Any(i => !seenAt.ContainsKey(ids[i])))
        {
            await Task.Delay(50, CancellationToken.None);
        }
        await stop.CancelAsync();
        await Task.WhenAll(pollers);

        double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
        var visible = measured.Where(i => seenAt.ContainsKey(ids[i])).Select(i => Ms(filedAt[i], seenAt[ids[i]])).ToList();
        var span = Stopwatch.GetElapsedTime(firstMeasuredStart, lastMeasuredStart).TotalSeconds;
        return new IntakeResult(
            options.IntakeCases,
            visible.Count,
            failures,
            options.Rate,
            span > 0 ? (options.IntakeCases - 1) / span : double.NaN,
            maxLagMs,
            measured.Length > 1 ? measured.Length / Stopwatch.GetElapsedTime(measured.Min(i => filedAt[i]), measured.Max(i => dispatchedAt[i])).TotalSeconds : double.NaN,
            LatencySummary.Of(measured.Select(i => Ms(filedAt[i], acknowledgedAt[i]))),
            LatencySummary.Of(measured.Select(i => Ms(filedAt[i], dispatchedAt[i]))),
            LatencySummary.Of(visible),
            polls,
            departments,
            new Dictionary<string, string>
            {
                ["Path"] = $"client → gateway (Kestrel {gatewayAddress}, YARP, token check, Redis rate limiter) → governance (Kestrel {serviceAddress}) → PostgreSQL",
                ["Modules → departments"] = string.Join(", ", modules.Select(m => $"{m.Code} → {m.DefaultDepartmentCode}")),
                ["Inbox polling"] = $"each department's officer every {options.PollMilliseconds} ms (first page, {options.PageSize} rows), signing for what appears ({SignersPerDepartment} at a time)",
            });
    }

    /// <summary>Warnings and errors only, on stderr: stdout is the report.</summary>
    private static Dictionary<string, string> Quiet(Dictionary<string, string> settings)
    {
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Logging:Console:LogToStandardErrorThreshold"] = "Trace";
        return settings;
    }

    private static string AddressOf(IServiceProvider services) =>
        services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
