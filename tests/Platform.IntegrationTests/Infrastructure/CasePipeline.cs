extern alias governance;
extern alias policymatch;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qingmeng.ServiceDefaults.Authentication;
using GovernanceProgram = governance::Program;
using PolicyMatchProgram = policymatch::Program;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// Governance and policy-match as real hosts on their own fresh databases and the shared broker:
/// cases filed and closed in governance should become demand signals in policy-match.
/// </summary>
public sealed class CasePipeline : IAsyncDisposable
{
    private readonly PlatformServersFixture _servers;
    private readonly Dictionary<string, string> _governanceSettings;
    private readonly Dictionary<string, string> _policySettings;

    private CasePipeline(
        PlatformServersFixture servers, string governanceDb, string policyDb, IReadOnlyDictionary<string, string>? governanceSettings,
        string? eventBus = null, bool startPolicyMatch = true, IReadOnlyDictionary<string, string>? policySettings = null)
    {
        eventBus ??= servers.RabbitMq.ConnectionString;
        _servers = servers;
        GovernanceDb = governanceDb;
        PolicyDb = policyDb;
        _governanceSettings = ServiceHost<GovernanceProgram>.FastMessagingSettings();
        _governanceSettings["ConnectionStrings:governancedb"] = governanceDb;
        _governanceSettings["ConnectionStrings:eventbus"] = eventBus;
        foreach (var (key, value) in governanceSettings ?? new Dictionary<string, string>())
        {
            _governanceSettings[key] = value;
        }
        _policySettings = ServiceHost<PolicyMatchProgram>.FastMessagingSettings();
        _policySettings["ConnectionStrings:policydb"] = policyDb;
        _policySettings["ConnectionStrings:eventbus"] = eventBus;
        foreach (var (key, value) in policySettings ?? new Dictionary<string, string>())
        {
            _policySettings[key] = value;
        }
        Governance = StartGovernance();
        PolicyMatch = startPolicyMatch ? StartPolicyMatch() : null!;
    }

    /// <summary>A tag put in every title, so a test counts only its own cases and signals.</summary>
    public string Tag { get; } = "测试" + Guid.NewGuid().ToString("N")[..8];

    public string GovernanceDb { get; }

    public string PolicyDb { get; }

    public ServiceHost<GovernanceProgram> Governance { get; private set; }

    public ServiceHost<PolicyMatchProgram> PolicyMatch { get; private set; }

    /// <summary>Policy-match's settings, to run it another way (as a child process) against the same database and broker.</summary>
    public IReadOnlyDictionary<string, string> PolicyMatchSettings => _policySettings;

    public static readonly string GovernanceAudience = PlatformScopes.Audiences[PlatformScopes.Governance];
    public static readonly string PolicyAudience = PlatformScopes.Audiences[PlatformScopes.Policy];

    /// <summary>A governance client acting as the centre's dispatcher, who may file, read and close any case.</summary>
    public HttpClient GovernanceClient => Governance.CreateClient(TestCaller.Dispatcher, GovernanceAudience);

    public HttpClient GovernanceClientFor(TestCaller caller) => Governance.CreateClient(caller, GovernanceAudience);

    /// <param name="governanceSettings">Settings of governance's host to change, e.g. its outbox's.</param>
    public static async Task<CasePipeline> StartAsync(PlatformServersFixture servers, IReadOnlyDictionary<string, string>? governanceSettings = null)
    {
        var pipeline = new CasePipeline(
            servers,
            await servers.CreateDatabaseAsync("governancedb"),
            await servers.CreateDatabaseAsync("policydb"),
            governanceSettings);
        try
        {
            // Creating the clients starts the hosts: migrations run, bus endpoints bind.
            _ = pipeline.Governance.Server;
            _ = pipeline.PolicyMatch.Server;
            await pipeline.WaitForConsumerQueueAsync();
            return pipeline;
        }
        catch
        {
            // The caller never gets the pipeline to dispose: hosts left running would keep consuming from the shared
            // broker's queues and take the next tests' events into this test's databases.
            await pipeline.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Governance alone on <paramref name="eventBus"/>: policy-match has never run there, so none of its queues exist
    /// until <see cref="StartPolicyMatchAgainAsync"/> starts it for the first time.
    /// </summary>
    public static async Task<CasePipeline> StartWithoutPolicyMatchAsync(PlatformServersFixture servers, string eventBus)
    {
        var pipeline = new CasePipeline(
            servers,
            await servers.CreateDatabaseAsync("governancedb"),
            await servers.CreateDatabaseAsync("policydb"),
            governanceSettings: null,
            eventBus,
            startPolicyMatch: false);
        _ = pipeline.Governance.Server;
        return pipeline;
    }

    /// <summary>
    /// Governance first, until its consumer of <paramref name="awaitedEndpoint"/> has started; then policy-match with
    /// <paramref name="policySettings"/>, so the events policy-match's seeders stage at start-up reach governance.
    /// </summary>
    public static async Task<CasePipeline> StartGovernanceThenPolicyMatchAsync(
        PlatformServersFixture servers, IReadOnlyDictionary<string, string> policySettings, string awaitedEndpoint)
    {
        var pipeline = new CasePipeline(
            servers,
            await servers.CreateDatabaseAsync("governancedb"),
            await servers.CreateDatabaseAsync("policydb"),
            governanceSettings: null,
            startPolicyMatch: false,
            policySettings: policySettings);
        try
        {
            using var client = pipeline.Governance.CreateClient();
            client.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<GovernanceProgram>.OperatorKey);
            await Eventually.MatchesAsync(
                async () =>
                {
                    using var response = await client.GetAsync("/ops/messaging/error-queues");
                    return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : $"{(int)response.StatusCode}";
                },
                body => body.Contains(awaitedEndpoint, StringComparison.Ordinal),
                TimeSpan.FromSeconds(60), $"governance's {awaitedEndpoint} consumer endpoint to start");
            await pipeline.StartPolicyMatchAgainAsync();
            return pipeline;
        }
        catch
        {
            await pipeline.DisposeAsync();
            throw;
        }
    }

    public async Task RestartGovernanceAsync()
    {
        await Governance.DisposeAsync();
        // The outage tests restart governance while the broker is down: its start must not wait for the bus.
        Governance = new(new Dictionary<string, string>(_governanceSettings) { [ServiceHost<GovernanceProgram>.BusMayBeDownKey] = "true" });
        _ = Governance.Server;
    }

    public async Task RestartPolicyMatchAsync()
    {
        await StopPolicyMatchAsync();
        await StartPolicyMatchAgainAsync();
    }

    /// <summary>Stops policy-match's host: its queues stay on the broker and fill while it is away.</summary>
    public Task StopPolicyMatchAsync() => PolicyMatch.DisposeAsync().AsTask();

    public async Task StartPolicyMatchAgainAsync()
    {
        PolicyMatch = StartPolicyMatch();
        _ = PolicyMatch.Server;
        await WaitForConsumerQueueAsync();
    }

    public async Task<(Guid Id, string Number)> FileCaseAsync(int index, TestCaller? caller = null)
    {
        using var client = GovernanceClientFor(caller ?? TestCaller.Dispatcher);
        var response = await client.PostAsJsonAsync("/api/governance/cases", new
        {
            channel = "Hotline",
            moduleCode = "ECON-RUN",
            title = $"{Tag} 企业用电报装进度咨询 #{index}",
            description = "企业反映用电报装材料已提交两周，尚无回复，请协调供电部门。",
            creditCode = TestTokens.FirmACreditCode,
            contactPhone = "13805951234",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("number").GetString()!);
    }

    public async Task CloseCaseAsync(Guid id)
    {
        using var client = GovernanceClient;
        var response = await client.PostAsJsonAsync($"/api/governance/cases/{id}/close", new { resolution = "已协调供电所上门勘察，三个工作日内完成接电。" });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> FileAndCloseCaseAsync(int index)
    {
        var (id, number) = await FileCaseAsync(index);
        await CloseCaseAsync(id);
        return number;
    }

    /// <summary>Demand signals of this test's cases, and how many distinct cases they cover.</summary>
    public async Task<(long Signals, long DistinctCases)> SignalCountsAsync()
    {
        var signals = await _servers.ScalarAsync(PolicyDb, $"SELECT count(*) FROM policy.demand_signals WHERE title LIKE '{Tag}%'");
        var distinct = await _servers.ScalarAsync(PolicyDb, $"SELECT count(DISTINCT reference) FROM policy.demand_signals WHERE title LIKE '{Tag}%'");
        return (signals, distinct);
    }

    public Task<long> UnsentOutboxRowsAsync() =>
        _servers.ScalarAsync(GovernanceDb, "SELECT count(*) FROM governance.outbox_messages WHERE sent_at IS NULL");

    public async Task<(long Signals, long DistinctCases)> WaitForSignalsAsync(int expected, TimeSpan timeout) =>
        await Eventually.MatchesAsync(SignalCountsAsync, counts => counts.Signals >= expected, timeout, $"{expected} demand signals");

    private ServiceHost<GovernanceProgram> StartGovernance() => new(_governanceSettings);

    private ServiceHost<PolicyMatchProgram> StartPolicyMatch() => new(_policySettings);

    /// <summary>The consumer's queue exists once the bus has started the endpoint; events published before that would have nowhere to go.</summary>
    private async Task WaitForConsumerQueueAsync()
    {
        using var client = PolicyMatch.CreateClient();
        client.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<PolicyMatchProgram>.OperatorKey);
        await Eventually.MatchesAsync(
            async () =>
            {
                // A 503 while the broker is slow to answer a starting host means "not yet", like an empty list.
                using var response = await client.GetAsync("/ops/messaging/error-queues");
                return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : $"{(int)response.StatusCode}";
            },
            body => body.Contains("policy-match-case-closed", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the policy-match consumer endpoint to start");
    }

    public async ValueTask DisposeAsync()
    {
        await Governance.DisposeAsync();
        if (PolicyMatch is not null)
        {
            await PolicyMatch.DisposeAsync();
        }
    }
}
