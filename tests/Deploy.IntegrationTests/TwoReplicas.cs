using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.ServiceDefaults.Authentication;

namespace Deploy.IntegrationTests;

/// <summary>
/// Two replicas of the governance service — two complete hosts with their own hosted services (migrator,
/// outbox dispatcher, scheduler) — against one database and one broker, as two pods of a Deployment run.
/// </summary>
public sealed class TwoReplicas : IAsyncDisposable
{
    public static readonly string Audience = PlatformScopes.Audiences[PlatformScopes.Governance];

    private TwoReplicas(string database, ServiceHost<Program> first, ServiceHost<Program> second,
        WebApplicationFactory<Program> firstApp, WebApplicationFactory<Program> secondApp)
    {
        Database = database;
        First = first;
        Second = second;
        FirstApp = firstApp;
        SecondApp = secondApp;
    }

    public string Database { get; }

    /// <summary>The replicas' hosts (their captured logs).</summary>
    public ServiceHost<Program> First { get; }

    public ServiceHost<Program> Second { get; }

    /// <summary>The running replicas (with any test services added).</summary>
    public WebApplicationFactory<Program> FirstApp { get; }

    public WebApplicationFactory<Program> SecondApp { get; }

    public IEnumerable<WebApplicationFactory<Program>> Apps => [FirstApp, SecondApp];

    /// <summary>Builds both replicas on a fresh database; they start when first used.</summary>
    public static async Task<TwoReplicas> CreateAsync(
        PlatformServersFixture servers,
        IReadOnlyDictionary<string, string>? extraSettings = null,
        Action<IServiceCollection>? testServices = null)
    {
        var database = await servers.CreateDatabaseAsync("governancedb");
        var settings = ServiceHost<Program>.FastMessagingSettings();
        settings["ConnectionStrings:governancedb"] = database;
        settings["ConnectionStrings:eventbus"] = servers.RabbitMq.ConnectionString;
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        var first = new ServiceHost<Program>(settings);
        var second = new ServiceHost<Program>(settings);
        return new TwoReplicas(database, first, second, WithServices(first, testServices), WithServices(second, testServices));
    }

    private static WebApplicationFactory<Program> WithServices(ServiceHost<Program> host, Action<IServiceCollection>? testServices) =>
        testServices is null ? host : host.WithWebHostBuilder(builder => builder.ConfigureTestServices(testServices));

    public HttpClient Client(WebApplicationFactory<Program> app, TestCaller caller)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(caller, Audience));
        return client;
    }

    /// <summary>Files a case through one replica and closes it through the other: two events in the outbox.</summary>
    public async Task FileAndCloseCaseAsync(int index, string tag)
    {
        using var filing = Client(index % 2 == 0 ? FirstApp : SecondApp, TestCaller.Dispatcher);
        var filed = await filing.PostAsJsonAsync("/api/governance/cases", new
        {
            channel = "Hotline",
            moduleCode = "ECON-RUN",
            title = $"{tag} 园区企业反映道路施工影响货车通行 #{index}",
            description = "企业反映门前道路施工已持续一个月，货车无法进出，请协调施工单位错峰作业。",
            creditCode = TestTokens.FirmACreditCode,
            contactPhone = "13805951234",
        });
        Assert.True(filed.StatusCode == HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var closing = Client(index % 2 == 0 ? SecondApp : FirstApp, TestCaller.Dispatcher);
        var closed = await closing.PostAsJsonAsync($"/api/governance/cases/{id}/close", new { resolution = "已协调施工单位夜间作业，白天恢复双向通行。" });
        Assert.True(closed.StatusCode == HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in new[] { FirstApp, SecondApp })
        {
            await app.DisposeAsync();
        }
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}

/// <summary>Sums one counter of a platform meter, as every host in this process records it.</summary>
public sealed class CounterTotal : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _total;

    public CounterTotal(string meterName, string instrumentName, params (string Key, string Value)[] tags)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName && instrument.Name == instrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, measured, _) =>
        {
            foreach (var (key, expected) in tags)
            {
                var matched = false;
                foreach (var tag in measured)
                {
                    matched |= tag.Key == key && Equals(tag.Value, expected);
                }
                if (!matched)
                {
                    return;
                }
            }
            Interlocked.Add(ref _total, value);
        });
        _listener.Start();
    }

    public long Total => Interlocked.Read(ref _total);

    public void Dispose() => _listener.Dispose();
}
