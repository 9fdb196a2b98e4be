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

    [Fact]
    public async Task A_refused_step_shows_the_platforms_problem_instead_of_failing()
    {
        using var centre = await portal.ApiClientForAsync("dispatcher.wang");
        var (id, number) = await FileAndDispatchAsync(centre, "退单说明只有空格 ");

        var officer = await portal.SignInAsync("officer.ajj", "/officer/inbox");
        var card = officer.GetByTestId("inbox").Locator($"[data-case='{number}']");
        await Expect(card.Locator(".badge")).ToHaveTextAsync("已派单");
        await card.Locator("summary", new() { HasTextString = "退单" }).ClickAsync();
        // Spaces pass the browser's own checks (required, at least two characters); the platform refuses them and names the field.
        await card.GetByLabel("说明").FillAsync("   ");
        await card.GetByRole(AriaRole.Button, new() { Name = "确认退单" }).ClickAsync();

        await Expect(officer.GetByTestId("error")).ToContainTextAsync("note");
        await Expect(card.Locator(".badge")).ToHaveTextAsync("已派单");
        await PortalFixture.ScreenshotAsync(officer, "officer-refused-step");

        // A step on a page gone stale: a colleague has meanwhile signed for the case, so signing again is refused with its state.
        using var colleague = await portal.ApiClientForAsync("officer.ajj");
        var signed = await colleague.PostAsync($"/api/governance/cases/{id}/sign-for", null);
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        await card.GetByRole(AriaRole.Button, new() { Name = "签收" }).ClickAsync();

        await Expect(officer.GetByTestId("error")).ToContainTextAsync("InProgress");
        await Expect(card.Locator(".badge")).ToHaveTextAsync("办理中");
    }

    private static async Task<(string Id, string Number)> FileAndDispatchAsync(HttpClient centre, string title)
    {
        var filed = await centre.PostAsJsonAsync("/api/governance/cases", new
        {
            channel = "Hotline",
            moduleCode = "SAFE-PROD",
            title = title + Guid.NewGuid().ToString("N")[..6],
            description = "测试部门办理时被平台拒绝的操作。",
        });
        var created = await filed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(filed.IsSuccessStatusCode, created.ToString());
        var dispatched = await centre.PostAsJsonAsync($"/api/governance/cases/{created.GetProperty("id").GetString()}/dispatch", new { leadDepartmentCode = "AJJ" });
        Assert.True(dispatched.IsSuccessStatusCode, await dispatched.Content.ReadAsStringAsync());
        return (created.GetProperty("id").GetString()!, created.GetProperty("number").GetString()!);
    }
}
