using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.IntegrationTests;

[Collection(GovernanceServersCollection.Name)]
public sealed class FirmRegisterApiTests(PlatformServersFixture servers)
{
    private const string Firms = "/api/governance/firms";

    private static readonly DateTimeOffset Today = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private static object Firm(string creditCode = TestTokens.FirmACreditCode, string name = "泉州杰嘉电子有限公司", string sizeClass = "中型",
        string industryCode = "C39", string registeredOn = "2015-06-18") => new
        {
            creditCode, name, industryCode, sizeClass, location = "清濛园区", registeredOn,
        };

    [Fact]
    public async Task A_registered_firm_is_published_once_audited_and_read_back_and_a_firm_sees_only_its_own()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Today);

        var created = await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Admin, Firms, Firm());
        var retry = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Admin, Firms, Firm());
        var conflict = await host.ExpectAsync(HttpStatusCode.Conflict, TestCaller.Admin, Firms, Firm(name: "泉州另一家电子有限公司"));
        await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Admin, Firms, Firm(TestTokens.FirmBCreditCode, "福建路金汽车精密零部件有限公司", "小型", "C36"));

        Assert.Equal("中型", created.GetProperty("sizeClass").GetString());
        Assert.Equal(created.GetProperty("recordedAt").GetDateTimeOffset(), retry.GetProperty("recordedAt").GetDateTimeOffset());
        Assert.Equal("creditCode", conflict.GetProperty("field").GetString());
        var officerList = await host.GetAsync(TestCaller.DepartmentOfficer, $"{Firms}?pageSize=10");
        Assert.Equal(2, officerList.GetProperty("count").GetInt64());
        var ownList = await host.GetAsync(TestCaller.FirmB, Firms);
        Assert.Equal(TestTokens.FirmBCreditCode, Assert.Single(ownList.GetProperty("items").EnumerateArray()).GetProperty("creditCode").GetString());
        using var firmB = host.Client(TestCaller.FirmB);
        Assert.Equal(HttpStatusCode.NotFound, (await firmB.GetAsync($"{Firms}/{TestTokens.FirmACreditCode}")).StatusCode);
        Assert.Equal("泉州杰嘉电子有限公司", (await host.GetAsync(TestCaller.FirmA, $"{Firms}/{TestTokens.FirmACreditCode}")).GetProperty("name").GetString());
        Assert.Equal(2, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%FirmRegistered%'"));
        Assert.Equal(1, await host.ScalarAsync(
            $"SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%FirmRegistered%' AND payload::text LIKE '%{TestTokens.FirmACreditCode}%' AND payload::text LIKE '%C39%'"));
        Assert.Equal(2, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'firm.registered'"));
    }

    [Fact]
    public async Task A_correction_publishes_FirmUpdated_and_the_same_facts_again_write_nothing()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Today);
        await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Admin, Firms, Firm());
        using var admin = host.Client(TestCaller.Admin);
        var correction = new { name = "泉州杰嘉电子有限公司", industryCode = "C39", sizeClass = "大型", location = "清濛园区", registeredOn = "2015-06-18" };

        var updated = await admin.PutAsJsonAsync($"{Firms}/{TestTokens.FirmACreditCode}", correction);
        var again = await admin.PutAsJsonAsync($"{Firms}/{TestTokens.FirmACreditCode}", correction);
        var unknown = await admin.PutAsJsonAsync($"{Firms}/{TestTokens.FirmBCreditCode}", correction);
        using var officer = host.Client(TestCaller.DepartmentOfficer);
        var byOfficer = await officer.PutAsJsonAsync($"{Firms}/{TestTokens.FirmACreditCode}", correction);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("大型", (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sizeClass").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("creditCode", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%FirmUpdated%' AND payload::text LIKE '%大型%'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'firm.updated'"));
    }

    [Fact]
    public async Task Bad_firm_input_names_the_field_and_writes_nothing()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Today);

        var badCheckCharacter = await host.PostAsync(TestCaller.Admin, Firms, Firm(creditCode: "91350500MA31GJ8K74"));
        var badSize = await host.PostAsync(TestCaller.Admin, Firms, Firm(sizeClass: "超大型"));
        var badIndustry = await host.PostAsync(TestCaller.Admin, Firms, Firm(industryCode: "电子"));
        var future = await host.PostAsync(TestCaller.Admin, Firms, Firm(registeredOn: "2026-12-01"));
        var noName = await host.PostAsync(TestCaller.Admin, Firms, new { creditCode = TestTokens.FirmACreditCode, industryCode = "C39", sizeClass = "中型", location = "清濛园区", registeredOn = "2015-06-18" });
        var byFirm = await host.PostAsync(TestCaller.FirmA, Firms, Firm());

        Assert.Equal(HttpStatusCode.BadRequest, badCheckCharacter.Status);
        Assert.True(badCheckCharacter.Body.GetProperty("errors").TryGetProperty("creditCode", out _), badCheckCharacter.Body.ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badSize.Status);
        Assert.Equal("sizeClass", badSize.Body.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badIndustry.Status);
        Assert.True(badIndustry.Body.GetProperty("errors").TryGetProperty("industryCode", out _), badIndustry.Body.ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.Status);
        Assert.Equal("registeredOn", future.Body.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noName.Status);
        Assert.True(noName.Body.GetProperty("errors").TryGetProperty("name", out _), noName.Body.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, byFirm.Status);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.registered_firms"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records"));
    }
}
