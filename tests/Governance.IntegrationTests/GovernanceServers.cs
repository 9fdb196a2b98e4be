using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Qingmeng.ServiceDefaults.Authentication;

namespace Governance.IntegrationTests;

/// <summary>xunit finds collection definitions only in the test assembly itself.</summary>
[CollectionDefinition(Name)]
public sealed class GovernanceServersCollection : ICollectionFixture<PlatformServersFixture>
{
    public const string Name = "governance servers";
}

/// <summary>
/// The governance service as one or more real replicas on a fresh database and the shared broker. The schedule's own
/// loop is off, so tests run supervision rounds on demand; every replica shares one clock, fake when a test asks.
/// </summary>
public sealed class GovernanceHost : IAsyncDisposable
{
    public static readonly string Audience = PlatformScopes.Audiences[PlatformScopes.Governance];

    private readonly List<WebApplicationFactory<Program>> _replicas = [];
    private readonly List<ServiceHost<Program>> _hosts = [];

    private GovernanceHost(PlatformServersFixture servers, string database, FakeTimeProvider? clock)
    {
        Servers = servers;
        Database = database;
        Clock = clock;
    }

    public PlatformServersFixture Servers { get; }

    public string Database { get; }

    public FakeTimeProvider? Clock { get; }

    public IReadOnlyList<WebApplicationFactory<Program>> Replicas => _replicas;

    public WebApplicationFactory<Program> Primary => _replicas[0];

    /// <summary>Everything the first replica logged.</summary>
    public CapturedLogs Logs { get; private set; } = null!;

    /// <summary>Everything each replica logged.</summary>
    public IReadOnlyList<CapturedLogs> ReplicaLogs => [.. _hosts.Select(serviceHost => serviceHost.Logs)];

    public static async Task<GovernanceHost> StartAsync(
        PlatformServersFixture servers, int replicas = 1, DateTimeOffset? fakeNow = null, IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var host = new GovernanceHost(servers, await servers.CreateDatabaseAsync("governancedb"), fakeNow is { } at ? new FakeTimeProvider(at.ToUniversalTime()) : null);
        for (var i = 0; i < replicas; i++)
        {
            var settings = ServiceHost<Program>.FastMessagingSettings();
            settings["ConnectionStrings:governancedb"] = host.Database;
            settings["ConnectionStrings:eventbus"] = servers.RabbitMq.ConnectionString;
            settings["Scheduling:Enabled"] = "false";
            foreach (var (key, value) in extraSettings ?? new Dictionary<string, string>())
            {
                settings[key] = value;
            }
            var serviceHost = new ServiceHost<Program>(settings);
            host._hosts.Add(serviceHost);
            if (i == 0)
            {
                host.Logs = serviceHost.Logs;
            }
            WebApplicationFactory<Program> replica = host.Clock is { } clock
                ? serviceHost.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))))
                : serviceHost;
            _ = replica.Server; // start: migrate, seed, bind the bus
            host._replicas.Add(replica);
        }
        return host;
    }

    public HttpClient Client(TestCaller caller, int replica = 0)
    {
        var client = _replicas[replica].CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(caller, Audience));
        return client;
    }

    public HttpClient Anonymous() => _replicas[0].CreateClient();

    public Task<long> ScalarAsync(string sql) => Servers.ScalarAsync(Database, sql);

    public async Task<JsonElement> FileAsync(object body, TestCaller? caller = null)
    {
        using var client = Client(caller ?? TestCaller.Dispatcher);
        var response = await client.PostAsJsonAsync("/api/governance/cases", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<Guid> FileSimpleAsync(string module = "CONSTRUCT", string? place = null, string? creditCode = null)
    {
        var body = await FileAsync(new
        {
            channel = "Hotline", moduleCode = module, title = "夜间施工噪声扰民", description = "工地每晚施工至凌晨。",
            contactPhone = "13805951234", place, creditCode,
        });
        return body.GetProperty("id").GetGuid();
    }

    /// <summary>POSTs as <paramref name="caller"/> and returns the status and the JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(TestCaller caller, string path, object? body = null, int replica = 0)
    {
        using var client = Client(caller, replica);
        var response = await client.PostAsJsonAsync(path, body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<JsonElement> GetAsync(TestCaller caller, string path)
    {
        using var client = Client(caller);
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> ExpectAsync(HttpStatusCode expected, TestCaller caller, string path, object? body = null)
    {
        var (status, json) = await PostAsync(caller, path, body);
        Assert.True(status == expected, $"{path} as {caller.Subject}: expected {(int)expected}, got {(int)status} {json}");
        return json;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }
        foreach (var serviceHost in _hosts)
        {
            await serviceHost.DisposeAsync();
        }
    }
}

public static class Callers
{
    public static readonly TestCaller Zjj = TestCaller.DepartmentOfficer;
    public static readonly TestCaller Zrj = new("officer-zrj", "郑美玲", [PlatformRoles.DepartmentOfficer], DepartmentCode: "ZRJ");
    public static readonly TestCaller Ajj = new("officer-ajj", "陈安监", [PlatformRoles.DepartmentOfficer], DepartmentCode: "AJJ");

    /// <summary>An arbitrator of the labour-dispute arbitration commission (人社局).</summary>
    public static readonly TestCaller Rsj = new("officer-rsj", "吴仲裁", [PlatformRoles.DepartmentOfficer], DepartmentCode: "RSJ");

    /// <summary>The commission's director, who approves extensions.</summary>
    public static readonly TestCaller RsjDirector = new("director-rsj", "周主任", [PlatformRoles.DepartmentOfficer], DepartmentCode: "RSJ");

    /// <summary>The demo arbitrator (identity's demo account <c>officer.rsj</c>: a department officer of 人社局).</summary>
    public static readonly TestCaller DemoArbitrator = new("officer.rsj", "施雅婷", [PlatformRoles.DepartmentOfficer], DepartmentCode: "RSJ");

    /// <summary>The demo commission director (identity's demo account <c>director.rsj</c>), who decides extensions.</summary>
    public static readonly TestCaller DemoCommissionDirector = new("director.rsj", "庄明哲", [PlatformRoles.DepartmentOfficer], DepartmentCode: "RSJ");

    public static readonly TestCaller OtherCitizen = new("citizen-2", "黄女士", [PlatformRoles.Citizen]);
}
