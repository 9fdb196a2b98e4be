using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class OfficerJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task A_department_officer_finds_a_dispatched_case_in_the_inbox_signs_for_it_and_closes_it()
    {
        // The 12345 centre has filed and dispatched a case to 应急管理局 (prepared through the API).
        using var centre = await portal.ApiClientForAsync("dispatcher.wang");
        var filed = await centre.PostAsJsonAsync("/api/governance/cases", new
        {
            channel = "Hotline",
            moduleCode = "SAFE-PROD",
            title = "仓库消防通道被货物堵塞 " + Guid.NewGuid().ToString("N")[..6],
            description = "来电反映某物流仓库消防通道长期堆放货物。",
        });
        var created = await filed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(filed.IsSuccessStatusCode, created.ToString());
        var id = created.GetProperty("id").GetString();
        var number = created.GetProperty("number").GetString();
        var dispatched = await centre.PostAsJsonAsync($"/api/governance/cases/{id}/dispatch", new { leadDepartmentCode = "AJJ" });
        Assert.True(dispatched.IsSuccessStatusCode, await dispatched.Content.ReadAsStringAsync());

        var officer = await portal.SignInAsync("officer.ajj", "/officer/inbox");
        var card = officer.GetByTestId("inbox").Locator($"[data-case='{number}']");
        await Expect(card.Locator(".badge")).ToHaveTextAsync("已派单");
        await PortalFixture.ScreenshotAsync(officer, "officer-inbox");

        await card.GetByRole(AriaRole.Button, new() { Name = "签收" }).ClickAsync();
        await Expect(officer.GetByTestId("done")).ToContainTextAsync("已签收");
        await Expect(card.Locator(".badge")).ToHaveTextAsync("办理中");

        await card.GetByLabel("进展反馈").FillAsync("已安排执法人员现场检查。");
        await card.GetByRole(AriaRole.Button, new() { Name = "反馈进展" }).ClickAsync();
        await Expect(officer.GetByTestId("done")).ToContainTextAsync("已反馈进展");

        await card.GetByLabel("办理结果").FillAsync("现场责令清理通道，复查已畅通。");
        await card.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        await Expect(officer.GetByTestId("done")).ToContainTextAsync("已办结");
        // A closed case leaves the department's open inbox.
        await Expect(card).ToHaveCountAsync(0);

        await officer.GotoAsync($"/cases/{id}");
        await Expect(officer.GetByTestId("case-status")).ToHaveTextAsync("已办结");
    }
}
