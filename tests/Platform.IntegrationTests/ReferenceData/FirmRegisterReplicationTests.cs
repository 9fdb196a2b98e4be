extern alias approval;
extern alias finance;
extern alias talent;

using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;

namespace Platform.IntegrationTests.ReferenceData;

/// <summary>
/// A firm registered (then corrected) in governance's firm register reaches every service that keeps a replica:
/// policy-match's profile, approval's, finance's and talent's registers, over the broker through the outbox.
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class FirmRegisterReplicationTests(PlatformServersFixture servers) : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly List<IAsyncDisposable> _hosts = [];
    private readonly Dictionary<string, string> _databases = [];
    private CasePipeline _pipeline = null!;

    public async Task InitializeAsync()
    {
        _pipeline = await CasePipeline.StartAsync(servers);
        await StartAsync<approval::Program>("approvaldb");
        await StartAsync<finance::Program>("financedb");
        await StartAsync<talent::Program>("talentdb");
    }

    private async Task StartAsync<T>(string database) where T : class
    {
        var settings = ServiceHost<T>.FastMessagingSettings();
        _databases[database] = settings[$"ConnectionStrings:{database}"] = await servers.CreateDatabaseAsync(database);
        settings["ConnectionStrings:eventbus"] = servers.RabbitMq.ConnectionString;
        var host = new ServiceHost<T>(settings);
        _ = host.Server;
        _hosts.Add(host);
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        await _pipeline.DisposeAsync();
    }

    [Fact]
    public async Task A_registered_then_corrected_firm_reaches_the_profile_and_every_replica_with_the_corrected_facts()
    {
        var creditCode = NewCreditCode();
        using var admin = _pipeline.GovernanceClientFor(TestCaller.Admin);

        var registered = await admin.PostAsJsonAsync("/api/governance/firms", new
        {
            creditCode, name = "泉州测试光电科技有限公司", industryCode = "C39", sizeClass = "小型", location = "清濛园区", registeredOn = "2020-05-20",
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var corrected = await admin.PutAsJsonAsync($"/api/governance/firms/{creditCode}", new
        {
            name = "泉州测试光电科技有限公司", industryCode = "C39", sizeClass = "中型", location = "清濛园区", registeredOn = "2020-05-20",
        });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        foreach (var (database, schema) in new[] { ("approvaldb", "approval"), ("financedb", "finance"), ("talentdb", "talent") })
        {
            await Eventually.MatchesAsync(
                () => servers.ScalarAsync(_databases[database],
                    $"SELECT count(*) FROM {schema}.registered_firms WHERE credit_code = '{creditCode}' AND name = '泉州测试光电科技有限公司' AND industry_code = 'C39' AND size_class = '中型' AND location = '清濛园区' AND registered_on = '2020-05-20'"),
                count => count == 1, Timeout, $"{schema}'s replica holds the corrected firm");
            Assert.True(await servers.ScalarAsync(_databases[database],
                $"SELECT count(*) FROM {schema}.audit_records WHERE action = 'firm.replicated' AND resource_id = '{creditCode}' AND subject = 'service:governance'") > 0, $"{schema} audits the replicated change");
        }
        await Eventually.MatchesAsync(
            () => servers.ScalarAsync(_pipeline.PolicyDb,
                $"SELECT count(*) FROM policy.profile_fact_changes WHERE credit_code = '{creditCode}' AND field = 'sizeClass' AND source = 'governance:FirmUpdated'"),
            count => count == 1, Timeout, "the profile learns the corrected size from FirmUpdated");
        using var officer = _pipeline.PolicyMatch.CreateClient(TestCaller.PolicyOfficer, CasePipeline.PolicyAudience);
        var profile = await officer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/policy/profiles/{creditCode}");
        Assert.Equal("泉州测试光电科技有限公司", profile.GetProperty("name").GetString());
        var facts = profile.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!, f => f);
        Assert.Equal("C39", facts["industryCode"].GetProperty("value").GetString());
        Assert.Equal("中型", facts["sizeClass"].GetProperty("value").GetString());
        Assert.Equal("清濛园区", facts["location"].GetProperty("value").GetString());
        Assert.Equal("2020-05-20", facts["registeredOn"].GetProperty("value").GetString());
        Assert.StartsWith("governance:Firm", facts["registeredOn"].GetProperty("source").GetString());
    }

    private static string NewCreditCode()
    {
        var body = "T" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first17 = "91350500" + body + UnifiedSocialCreditCode.ComputeOrganizationCodeCheckCharacter(body);
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
