using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFixture portal)
{
    [Fact]
    public async Task Signing_in_through_the_identity_service_shows_the_name_and_the_role_menu_and_signing_out_ends_the_session()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("清濛");
        await PortalFixture.ScreenshotAsync(page, "home");

        await page.GetByRole(AriaRole.Link, new() { Name = "登录 (sign in)" }).ClickAsync();
        await page.WaitForURLAsync("**/connect/login**");
        await page.GetByLabel("用户名").FillAsync("citizen.chen");
        await page.GetByLabel("密码").FillAsync(PortalFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("陈志强");
        Assert.StartsWith(portal.BaseAddress.GetLeftPart(UriPartial.Authority), page.Url, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "我的诉求" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "派单台" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "登录 (sign in)" })).ToBeVisibleAsync();
        await page.GotoAsync("/cases");
        await page.WaitForURLAsync("**/connect/login**");
    }

    [Fact]
    public async Task A_page_of_another_role_is_refused_with_a_page_saying_so()
    {
        var page = await portal.SignInAsync("citizen.chen", "/officer/inbox");

        // Still signed in, on the portal's own page (not sent back to the identity service's login page).
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("无权访问");
        Assert.StartsWith(portal.BaseAddress.GetLeftPart(UriPartial.Authority) + "/forbidden", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("陈志强");
        await page.GetByRole(AriaRole.Link, new() { Name = "返回首页" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("清濛");
    }
}
