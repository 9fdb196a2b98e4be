using System.Net.Http.Json;
using System.Text.Json;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Security;

/// <summary>个人信息保护法: phone numbers are shown in clear only to their owner and the handling officers, and never logged or published.</summary>
[Collection(PlatformServersCollection.Name)]
public sealed class PersonalDataTests(PlatformServersFixture servers)
{
    private const string Phone = "13805951234";

    [Fact]
    public async Task A_contact_phone_is_clear_for_owner_and_dispatcher_masked_for_others_and_absent_from_logs_and_events()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        var (id, _) = await pipeline.FileCaseAsync(0, TestCaller.FirmA);
        await pipeline.CloseCaseAsync(id);
        await pipeline.WaitForSignalsAsync(1, TimeSpan.FromSeconds(60));

        Assert.Equal(Phone, await ContactSeenBy(pipeline, TestCaller.FirmA, id));
        Assert.Equal(Phone, await ContactSeenBy(pipeline, TestCaller.Dispatcher, id));
        using var sameFirmColleague = pipeline.GovernanceClientFor(TestCaller.FirmA with { Subject = "firm-a-user-2" });
        var seenByColleague = await sameFirmColleague.GetFromJsonAsync<JsonElement>($"/api/governance/cases/{id}");
        Assert.Equal("138****1234", seenByColleague.GetProperty("contactPhone").GetString());

        Assert.Equal(0, await servers.ScalarAsync(pipeline.GovernanceDb, $"SELECT count(*) FROM governance.outbox_messages WHERE payload::text LIKE '%{Phone}%'"));
        Assert.Equal(0, await servers.ScalarAsync(pipeline.PolicyDb, $"SELECT count(*) FROM policy.demand_signals WHERE detail LIKE '%{Phone}%' OR title LIKE '%{Phone}%'"));
        Assert.DoesNotContain(pipeline.Governance.Logs.Lines.Concat(pipeline.PolicyMatch.Logs.Lines), line => line.Contains(Phone, StringComparison.Ordinal));
        Assert.NotEmpty(pipeline.Governance.Logs.Lines);
    }

    private static async Task<string?> ContactSeenBy(CasePipeline pipeline, TestCaller caller, Guid id)
    {
        using var client = pipeline.GovernanceClientFor(caller);
        return (await client.GetFromJsonAsync<JsonElement>($"/api/governance/cases/{id}")).GetProperty("contactPhone").GetString();
    }
}
