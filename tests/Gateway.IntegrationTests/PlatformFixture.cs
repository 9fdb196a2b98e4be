using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.IntegrationTests;

/// <summary>
/// The whole AppHost — PostgreSQL, RabbitMQ, Redis, five services and the gateway — started once for
/// the collection, with its own data folder so it never touches a developer's running platform.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    // The first start migrates six databases and starts the broker while other test projects share the two cores;
    // under that load it has taken more than four minutes, and more than eight at a load average above 80.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(15);
    private readonly string _dataRoot = Path.Combine(Path.GetTempPath(), "qingmeng-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    public static readonly string[] Services = ["identity-api", "approval-api", "governance-api", "policy-match-api", "finance-api", "talent-api"];

    /// <summary>Seeded demo accounts (the README lists them), all with this password in local runs.</summary>
    public const string DemoPassword = "Qingmeng#2026";
    public const string Dispatcher = "dispatcher.wang";
    public const string PolicyOfficer = "policy.zhang";

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>The gateway as the centre's dispatcher (governance and policy scopes).</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The gateway with no token at all.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>A gateway client signed in as a demo account through the token endpoint (password grant, enabled locally).</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            var response = await Anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "qingmeng-demo",
                ["username"] = userName,
                ["password"] = DemoPassword,
                ["scope"] = "openid approval governance policy finance talent",
            }));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"Signing in as {userName} failed: {body}");
            token = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
            _tokens[userName] = token;
        }
        var client = App.CreateHttpClient("gateway");
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>
    /// What a reader of the README examples has beside the gateway's address: each service's own address (for the
    /// operator endpoints, which the gateway never routes) and the folder holding the platform's local data.
    /// </summary>
    public IEnumerable<(string Variable, string Value)> ExampleEnvironment()
    {
        yield return ("QINGMENG_DATA", _dataRoot);
        foreach (var service in Services)
        {
            var variable = service.Replace("-api", "", StringComparison.Ordinal).Replace('-', '_').ToUpperInvariant() + "_URL";
            yield return (variable, App.GetEndpoint(service, "http").ToString().TrimEnd('/'));
        }
    }

    private string ApprovalClockJobOffsetFile => Path.Combine(_dataRoot, "approval-clock-job-offset");

    /// <summary>
    /// Moves the "now" of approval's clock job (only of that job) forward by <paramref name="offset"/>; zero puts it back.
    /// Lets a journey see a statutory deadline pass without waiting for it.
    /// </summary>
    public async Task MoveApprovalClockJobAsync(TimeSpan offset)
    {
        Directory.CreateDirectory(_dataRoot);
        var temporary = ApprovalClockJobOffsetFile + ".tmp";
        await File.WriteAllTextAsync(temporary, offset.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        File.Move(temporary, ApprovalClockJobOffsetFile, overwrite: true);
    }

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Qingmeng_AppHost>(
            [$"Infrastructure:DataRoot={_dataRoot}", "DemoData:SeedFigures=false"], timeout.Token);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // A guessing client's first wait is one second by default, which a loaded machine can spend between two requests;
        // thirty keeps the sign-in abuse tests' "too soon" a matter of the throttle, not of the scheduler.
        var identity = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "identity-api");
        builder.CreateResourceBuilder(identity).WithEnvironment("Identity__SignInThrottle__BaseDelay", "00:00:30");
        // The gateway lets a request through unchecked when Redis does not answer within 50 ms (fail open); on a machine
        // this loaded a stall that long is ordinary, and these tests count the limiter's answers exactly.
        var gateway = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "gateway");
        builder.CreateResourceBuilder(gateway).WithEnvironment("Gateway__RateLimitRedisTimeout", "00:00:05");
        // Approval runs as Testing so that its clock job reads "now" moved by the offset in this file (see MoveApprovalClockJobAsync);
        // a round every two seconds reports an overdue task promptly once its deadline has passed.
        var approval = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "approval-api");
        builder.CreateResourceBuilder(approval)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Testing")
            .WithEnvironment("Testing__ClockJobOffsetFile", ApprovalClockJobOffsetFile)
            .WithEnvironment("Scheduling__Jobs__ApprovalClockJob__Interval", "00:00:02");

        App = await builder.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
        foreach (var service in Services)
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(service, timeout.Token);
        }
        Anonymous = App.CreateHttpClient("gateway");
        Gateway = await ClientForAsync(Dispatcher);
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        Anonymous?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        try
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
        catch (IOException)
        {
            // A server may still be flushing; the folder is in the temp directory and harmless.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "whole platform";
}
