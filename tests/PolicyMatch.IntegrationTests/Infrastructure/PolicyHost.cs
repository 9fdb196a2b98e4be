using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Jobs;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.ServiceDefaults.Validation;

namespace PolicyMatch.IntegrationTests.Infrastructure;

/// <summary>
/// Policy-match as a real host (or several replicas) on a fresh database of its own and the shared broker,
/// with the push job left to the test (its schedule is an hour).
/// </summary>
public sealed class PolicyHost : IAsyncDisposable
{
    public static readonly string Audience = PlatformScopes.Audiences[PlatformScopes.Policy];

    private readonly List<ServiceHost<Program>> _replicas = [];
    private readonly Dictionary<string, string> _settings;

    private PolicyHost(PlatformServersFixture servers, string database, bool demoData, bool seedFigures)
    {
        Servers = servers;
        Database = database;
        _settings = ServiceHost<Program>.FastMessagingSettings();
        _settings["ConnectionStrings:policydb"] = database;
        _settings["ConnectionStrings:eventbus"] = servers.RabbitMq.ConnectionString;
        _settings["Scheduling:Jobs:PolicyPushJob:Interval"] = "01:00:00";
        _settings["DemoData:Enabled"] = demoData ? "true" : "false";
        _settings["DemoData:SeedFigures"] = seedFigures ? "true" : "false";
    }

    public PlatformServersFixture Servers { get; }

    public string Database { get; }

    /// <summary>The replicas' settings, for starting the service again on the same database.</summary>
    public Dictionary<string, string> Settings => _settings;

    public ServiceHost<Program> Host => _replicas[0];

    public IReadOnlyList<ServiceHost<Program>> Replicas => _replicas;

    /// <param name="seedFigures">With demo data, also the payment history behind the case study's figures (DemoData:SeedFigures).</param>
    public static async Task<PolicyHost> StartAsync(PlatformServersFixture servers, bool demoData = false, int replicas = 1, bool seedFigures = false)
    {
        var host = new PolicyHost(servers, await servers.CreateDatabaseAsync("policydb"), demoData, seedFigures);
        for (var i = 0; i < replicas; i++)
        {
            var replica = new ServiceHost<Program>(host._settings);
            host._replicas.Add(replica);
            _ = replica.Server; // starts it: migrations, catalogue, bus
        }
        return host;
    }

    public HttpClient Client(TestCaller caller, int replica = 0) => _replicas[replica].CreateClient(caller, Audience);

    public HttpClient Anonymous() => Host.CreateClient();

    /// <summary>A firm of its own for a test: a valid unified social credit code and a firm token.</summary>
    public static TestCaller NewFirm(string name = "泉州测试企业有限公司")
    {
        var organisation = "T" + Random.Shared.Next(0, 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        var first17 = $"91350500{organisation}{UnifiedSocialCreditCode.ComputeOrganizationCodeCheckCharacter(organisation)}";
        var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        return new TestCaller($"firm-{code}", name, [PlatformRoles.Firm], code);
    }

    /// <summary>The firm registers; an officer enters its facts (authoritative, as if from shared government records).</summary>
    public async Task RegisterAsync(TestCaller firm, object facts, string? mobile = null)
    {
        using var client = Client(firm);
        var registered = await client.PutAsJsonAsync("/api/policy/profiles/me", new { name = firm.Name, contactMobile = mobile });
        await EnsureAsync(registered, HttpStatusCode.OK);
        using var officer = Client(TestCaller.PolicyOfficer);
        var updated = await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts", new { facts });
        await EnsureAsync(updated, HttpStatusCode.OK);
    }

    public async Task PublishEventAsync<T>(T message) where T : IntegrationEvent =>
        await Host.Services.GetRequiredService<IBus>().Publish(message);

    public Task<bool> RunPushJobAsync() => Host.Services.RunScheduledJobOnceAsync<PolicyPushJob, PolicyMatchContext>();

    public Task<long> ScalarAsync(string sql) => Servers.ScalarAsync(Database, sql);

    public async Task WaitForConsumerAsync(string endpoint)
    {
        using var client = Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<Program>.OperatorKey);
        await Eventually.MatchesAsync(
            async () => await client.GetStringAsync("/ops/messaging/error-queues"),
            body => body.Contains(endpoint, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), $"the {endpoint} consumer endpoint to start");
    }

    public static async Task<JsonElement> EnsureAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }
    }
}
