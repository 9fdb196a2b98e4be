extern alias approval;
extern alias finance;
extern alias talent;

using Platform.IntegrationTests.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;

namespace Platform.IntegrationTests.Security;

/// <summary>All five services on fresh databases, plus one case filed by firm A.</summary>
public sealed class AllServicesFixture(PlatformServersFixture servers) : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _hosts = [];

    public CasePipeline Pipeline { get; private set; } = null!;

    public Guid FirmACaseId { get; private set; }

    /// <summary>Clients per service prefix, for a caller with that service's audience.</summary>
    public IReadOnlyDictionary<string, Func<TestCaller?, HttpClient>> Clients { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Pipeline = await CasePipeline.StartAsync(servers);
        var approvalHost = await StartAsync<approval::Program>("approvaldb");
        var financeHost = await StartAsync<finance::Program>("financedb");
        var talentHost = await StartAsync<talent::Program>("talentdb");

        Clients = new Dictionary<string, Func<TestCaller?, HttpClient>>
        {
            ["/api/governance"] = caller => ClientFor(Pipeline.Governance, caller, PlatformScopes.Governance),
            ["/api/policy"] = caller => ClientFor(Pipeline.PolicyMatch, caller, PlatformScopes.Policy),
            ["/api/approval"] = caller => ClientFor(approvalHost, caller, PlatformScopes.Approval),
            ["/api/finance"] = caller => ClientFor(financeHost, caller, PlatformScopes.Finance),
            ["/api/talent"] = caller => ClientFor(talentHost, caller, PlatformScopes.Talent),
        };
        FirmACaseId = (await Pipeline.FileCaseAsync(0, TestCaller.FirmA)).Id;
    }

    private static HttpClient ClientFor<T>(ServiceHost<T> host, TestCaller? caller, string scope) where T : class =>
        caller is null ? host.CreateClient() : host.CreateClient(caller, PlatformScopes.Audiences[scope]);

    private async Task<ServiceHost<T>> StartAsync<T>(string database) where T : class
    {
        var settings = ServiceHost<T>.FastMessagingSettings();
        settings[$"ConnectionStrings:{database}"] = await servers.CreateDatabaseAsync(database);
        settings["ConnectionStrings:eventbus"] = servers.RabbitMq.ConnectionString;
        var host = new ServiceHost<T>(settings);
        _ = host.Server;
        _hosts.Add(host);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        await Pipeline.DisposeAsync();
    }
}
