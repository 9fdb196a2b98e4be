using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class CitizenAssistanceTests(PortalFixture portal)
{
    [Fact]
    public async Task A_citizen_applies_for_assistance_sees_it_accepted_and_after_the_officers_approval_sees_the_amount()
    {
        // The demo citizen (陈志强) heads a household of the demo register; they apply for 临时救助 from a phone.
        var citizen = await portal.SignInAsync("citizen.chen", "/assistance");
        await Expect(citizen.GetByTestId("assistance-types")).ToContainTextAsync("临时救助");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "申请临时救助" }).ClickAsync();
        var form = citizen.GetByTestId("apply");
        await Expect(citizen.GetByRole(AriaRole.Heading, new() { Name = "申请：临时救助" })).ToBeVisibleAsync();

        // A material missing: the platform's problem is shown and nothing is filed.
        await form.GetByLabel("申请金额").FillAsync("1200");
        await form.GetByLabel("申请理由").FillAsync("家中老人突发疾病住院，本月医药费支出较大，生活暂时困难。");
        await form.GetByLabel("临时救助申请书").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(citizen.GetByTestId("error")).ToContainTextAsync("缺少材料：困难情况说明");
        await Expect(citizen.GetByTestId("my-assistance")).ToHaveCountAsync(0);

        form = citizen.GetByTestId("apply");
        await form.GetByLabel("申请金额").FillAsync("1200");
        await form.GetByLabel("申请理由").FillAsync("家中老人突发疾病住院，本月医药费支出较大，生活暂时困难。");
        await form.GetByLabel("临时救助申请书").CheckAsync();
        await form.GetByLabel("困难情况说明").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(citizen.GetByTestId("done")).ToContainTextAsync("已受理");
        var row = citizen.GetByTestId("my-assistance").Locator("tbody tr").First;
        await Expect(row).ToContainTextAsync("临时救助");
        await Expect(row.Locator(".badge")).ToHaveTextAsync("已受理");
        var id = await row.GetAttributeAsync("data-id");

        // 民政局 approves 1,000 of the 1,200 yuan (through the API: the portal has no welfare officer's page).
        using var officer = await portal.ApiClientForAsync("officer.mzj");
        var approval = await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/approve", new { amount = 1_000, note = "按临时救助标准核定" });
        Assert.True(approval.IsSuccessStatusCode, await approval.Content.ReadAsStringAsync());

        await citizen.GotoAsync("/assistance");
        row = citizen.GetByTestId("my-assistance").Locator($"tr[data-id='{id}']");
        await Expect(row.Locator(".badge")).ToHaveTextAsync("已批准");
        await Expect(row.GetByTestId("approved-amount")).ToHaveTextAsync("1,000 元");
        await Expect(row).ToContainTextAsync("按临时救助标准核定");
        await citizen.GetByTestId("my-assistance").ScrollIntoViewIfNeededAsync();
        await PortalFixture.ScreenshotAsync(citizen, "citizen-assistance");
    }
}
