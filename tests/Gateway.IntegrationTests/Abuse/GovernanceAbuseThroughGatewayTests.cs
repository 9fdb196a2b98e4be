using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.IntegrationTests.Abuse;

/// <summary>
/// Governance's trust boundaries attacked with real demo accounts through the only public entry: a key another firm
/// chose, a complaint the named firm goes looking for, and a firm trying to lift its own penalty.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GovernanceAbuseThroughGatewayTests(PlatformFixture platform)
{
    private const string JiejiaCreditCode = "91350500MA31GJ8K73";

    [Fact]
    public async Task Two_firms_using_the_README_example_key_each_get_their_own_case()
    {
        using var jiejia = await platform.ClientForAsync("jiejia.admin");
        using var lujin = await platform.ClientForAsync("lujin.admin");

        var first = await GatewayCalls.ExpectAsync(await FileWithKeyAsync(jiejia, "demo-0001", "杰嘉电子：厂区用电增容"), HttpStatusCode.Created);
        var second = await GatewayCalls.ExpectAsync(await FileWithKeyAsync(lujin, "demo-0001", "路金汽车：厂区用电增容"), HttpStatusCode.Created);

        Assert.NotEqual(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.Equal("路金汽车：厂区用电增容", second.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_firm_a_citizen_complains_about_cannot_see_the_complaint_or_the_complainant()
    {
        using var citizen = await platform.ClientForAsync("citizen.chen");
        using var jiejia = await platform.ClientForAsync("jiejia.admin");
        var title = "工厂夜间排放刺鼻气体 " + Guid.NewGuid().ToString("N")[..6];
        var complaint = await GatewayCalls.ExpectAsync(await citizen.PostAsJsonAsync("/api/governance/cases", new
        {
            channel = "App", moduleCode = "SMART-ENV", title, creditCode = JiejiaCreditCode, contactPhone = "13805951234",
            description = "我是附近居民陈志强，泉州杰嘉电子每晚排放刺鼻气体。",
        }), HttpStatusCode.Created);
        var id = complaint.GetProperty("id").GetGuid();
        var number = complaint.GetProperty("number").GetString();

        using var one = await jiejia.GetAsync($"/api/governance/cases/{id}");
        using var timeline = await jiejia.GetAsync($"/api/governance/cases/{id}/timeline");
        using var open311 = await jiejia.GetAsync($"/api/governance/open311/v2/requests/{number}.json");
        var listed = await jiejia.GetStringAsync("/api/governance/cases?pageSize=200");

        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, timeline.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, open311.StatusCode);
        Assert.DoesNotContain(title, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("陈志强", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("5951234", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_firm_cannot_lift_its_own_penalty_without_an_officers_grant()
    {
        using var officer = await platform.ClientForAsync("officer.zjj");
        using var jiejia = await platform.ClientForAsync("jiejia.admin");
        var reference = $"泉开住建罚〔2026〕{Guid.NewGuid().ToString("N")[..6]}号";
        var penalty = await GatewayCalls.ExpectAsync(await officer.PostAsJsonAsync("/api/governance/penalties", new
        {
            reference, creditCode = JiejiaCreditCode, category = "General", fineAmount = 2_000m, decidedOn = "2026-03-02",
            description = "未按规定办理施工许可擅自开工。",
        }), HttpStatusCode.Created);
        var penaltyId = penalty.GetProperty("id").GetGuid();

        // The firm says it paid and corrected, with its evidence: that is an application, not a repair.
        using var asked = await jiejia.PostAsJsonAsync("/api/governance/credit-repairs", new
        {
            penaltyReference = reference, finePaid = true, corrected = true, commitment = "已缴清罚款并完成整改。",
            evidence = new[] { new { description = "罚款缴纳凭证", reference = "闽非税〔2026〕0302-01号" } },
        });
        var askedBody = await asked.Content.ReadAsStringAsync();
        Assert.True(asked.StatusCode == HttpStatusCode.Created, $"{(int)asked.StatusCode} {askedBody}");
        var applicationId = JsonDocument.Parse(askedBody).RootElement.GetProperty("id").GetGuid();
        Assert.Equal("Pending", JsonDocument.Parse(askedBody).RootElement.GetProperty("status").GetString());

        using var selfGrant = await jiejia.PostAsJsonAsync($"/api/governance/credit-repairs/{applicationId}/grant",
            new { finePaid = true, corrected = true, reason = "自行准予" });
        var afterwards = await jiejia.GetFromJsonAsync<JsonElement>($"/api/governance/penalties/{penaltyId}");

        Assert.Equal(HttpStatusCode.Forbidden, selfGrant.StatusCode);
        Assert.Equal(JsonValueKind.Null, afterwards.GetProperty("repairedOn").ValueKind);

        // The penalising department's grant is what repairs it.
        var granted = await GatewayCalls.ExpectAsync(await officer.PostAsJsonAsync($"/api/governance/credit-repairs/{applicationId}/grant",
            new { finePaid = true, corrected = true, reason = "经核查罚款已缴清、整改到位。" }), HttpStatusCode.OK);
        Assert.Equal("Granted", granted.GetProperty("status").GetString());
        var repaired = await jiejia.GetFromJsonAsync<JsonElement>($"/api/governance/penalties/{penaltyId}");
        Assert.Equal(JsonValueKind.String, repaired.GetProperty("repairedOn").ValueKind);
    }

    private static async Task<HttpResponseMessage> FileWithKeyAsync(HttpClient firm, string key, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/governance/cases")
        {
            Content = JsonContent.Create(new { channel = "App", moduleCode = "ECON-RUN", title, description = "请协调供电公司办理用电增容。" }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await firm.SendAsync(request);
    }
}
