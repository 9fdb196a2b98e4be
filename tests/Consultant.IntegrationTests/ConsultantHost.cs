using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qingmeng.ServiceDefaults.Authentication;

namespace Consultant.IntegrationTests;

/// <summary>xunit finds collection definitions only in the test assembly itself.</summary>
[CollectionDefinition(Name)]
public sealed class ConsultantServersCollection : ICollectionFixture<ConsultantServers>
{
    public const string Name = "consultant servers";
}

/// <summary>
/// The real servers, and one policy-match host shared by the tests that only ask questions (each host keeps
/// a pool of database connections, so the tests start as few as they need).
/// </summary>
public sealed class ConsultantServers : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConsultantHost? _shared;

    public PlatformServersFixture Servers { get; } = new();

    public async Task<ConsultantHost> SharedHostAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _shared ??= await ConsultantHost.StartAsync(Servers);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Servers.InitializeAsync();

    public async Task DisposeAsync()
    {
        if (_shared is not null)
        {
            await _shared.DisposeAsync();
        }
        await Servers.DisposeAsync();
    }
}

/// <summary>Policy-match (with its consultant) as a real host on a fresh database of its own and the shared broker.</summary>
public sealed class ConsultantHost : IAsyncDisposable
{
    public static readonly string Audience = PlatformScopes.Audiences[PlatformScopes.Policy];

    private ConsultantHost(ServiceHost<Program> host, string database)
    {
        Host = host;
        Database = database;
    }

    public ServiceHost<Program> Host { get; }

    public string Database { get; }

    public static async Task<ConsultantHost> StartAsync(PlatformServersFixture servers, IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var database = await servers.CreateDatabaseAsync("policydb");
        var settings = ServiceHost<Program>.FastMessagingSettings();
        settings["ConnectionStrings:policydb"] = database;
        settings["ConnectionStrings:eventbus"] = servers.RabbitMq.ConnectionString;
        settings["Scheduling:Jobs:PolicyPushJob:Interval"] = "01:00:00";
        settings["DemoData:Enabled"] = "false";
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        var host = new ServiceHost<Program>(settings);
        _ = host.Server; // starts it: migrations, catalogue, consultant index, bus
        return new ConsultantHost(host, database);
    }

    public HttpClient Client(TestCaller caller) => Host.CreateClient(caller, Audience);

    public HttpClient Anonymous() => Host.CreateClient();

    public static async Task<JsonElement> AskAsync(HttpClient client, string question)
    {
        var response = await client.PostAsJsonAsync("/api/policy/consult", new { question });
        return await EnsureAsync(response, HttpStatusCode.OK);
    }

    public static async Task<JsonElement> EnsureAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
