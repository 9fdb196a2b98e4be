using System.Net;

namespace Governance.IntegrationTests;

/// <summary>
/// A complaint about a firm by someone else (a citizen, the hotline, the centre) is not the firm's to read while it is
/// handled, and the complainant's identity and contact are never the firm's to know.
/// </summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class ComplainantPrivacyTests(PlatformServersFixture servers)
{
    private const string ComplainantPhone = "13905957788";

    [Fact]
    public async Task The_named_firm_cannot_find_an_open_complaint_about_it_anywhere()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var complaint = await host.FileAsync(new
        {
            channel = "App", moduleCode = "SMART-ENV", title = "工厂夜间偷排废气", description = "我是附近居民陈先生，杰嘉电子每晚排放刺鼻废气。",
            creditCode = TestTokens.FirmACreditCode, contactPhone = ComplainantPhone,
        }, TestCaller.Citizen);
        var byHotline = await host.FileAsync(new
        {
            channel = "Hotline", moduleCode = "URBAN-MGT", title = "占道堆放货物", description = "来电人反映企业门口占道堆放。",
            creditCode = TestTokens.FirmACreditCode, contactPhone = ComplainantPhone,
        }, TestCaller.HotlineSystem);
        var id = complaint.GetProperty("id").GetGuid();
        var number = complaint.GetProperty("number").GetString();
        using var firm = host.Client(TestCaller.FirmA);

        var list = await firm.GetStringAsync("/api/governance/cases");
        var one = await firm.GetAsync($"/api/governance/cases/{id}");
        var hotlineOne = await firm.GetAsync($"/api/governance/cases/{byHotline.GetProperty("id").GetGuid()}");
        var timeline = await firm.GetAsync($"/api/governance/cases/{id}/timeline");
        var open311 = await firm.GetAsync($"/api/governance/open311/v2/requests/{number}.json");
        var open311List = await firm.GetStringAsync("/api/governance/open311/v2/requests.json");

        Assert.Contains("\"count\":0", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hotlineOne.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, timeline.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, open311.StatusCode);
        Assert.Equal("[]", open311List);
    }

    [Fact]
    public async Task After_closing_the_firm_sees_the_outcome_but_never_the_complainant_while_its_own_cases_stay_whole()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var complaint = (await host.FileAsync(new
        {
            channel = "App", moduleCode = "SMART-ENV", title = "工厂夜间偷排废气", description = "我是附近居民陈先生，杰嘉电子每晚排放刺鼻废气。",
            creditCode = TestTokens.FirmACreditCode, contactPhone = ComplainantPhone,
        }, TestCaller.Citizen)).GetProperty("id").GetGuid();
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{complaint}/close", new { resolution = "经现场检查，企业已加装废气处理设施。" });
        var own = (await host.FileAsync(new
        {
            channel = "App", moduleCode = "ECON-RUN", title = "用电报装", description = "请协调用电报装。", contactPhone = "13805951234",
        }, TestCaller.FirmA)).GetProperty("id").GetGuid();
        using var firm = host.Client(TestCaller.FirmA);

        var closed = await firm.GetStringAsync($"/api/governance/cases/{complaint}");
        var ownCase = await firm.GetStringAsync($"/api/governance/cases/{own}");
        var listed = await firm.GetStringAsync("/api/governance/cases");

        Assert.Contains("企业已加装废气处理设施", closed, StringComparison.Ordinal);
        foreach (var seen in new[] { closed, listed })
        {
            Assert.DoesNotContain("5788", seen, StringComparison.Ordinal);
            Assert.DoesNotContain("陈先生", seen, StringComparison.Ordinal);
            Assert.DoesNotContain(TestCaller.Citizen.Subject, seen, StringComparison.Ordinal);
        }
        Assert.Contains("13805951234", ownCase, StringComparison.Ordinal);
        Assert.Contains("请协调用电报装", ownCase, StringComparison.Ordinal);
    }
}
