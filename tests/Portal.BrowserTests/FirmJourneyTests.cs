using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class FirmJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task A_firm_reads_a_match_condition_by_condition_confirms_its_offer_and_sees_it_paid()
    {
        var firm = await portal.SignInAsync("jiejia.admin", "/policy/matches", phone: false);

        // 政策找企: a policy the firm meets, each condition with its explanation and the fact's source.
        var matches = firm.GetByTestId("matches");
        await Expect(matches.Locator(".card").First).ToBeVisibleAsync();
        await PortalFixture.ScreenshotAsync(firm, "firm-matches");
        await matches.Locator(".card").Filter(new() { Has = firm.Locator(".badge[data-status=Met]") }).First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(firm.GetByTestId("match-outcome")).ToHaveTextAsync("符合");
        var conditions = firm.GetByTestId("conditions");
        await Expect(conditions.Locator("tbody tr").First).ToBeVisibleAsync();
        await Expect(conditions.GetByTestId("fact-source").Filter(new() { HasTextRegex = new Regex("权威数据|企业自报") }).First).ToBeVisibleAsync();
        await PortalFixture.ScreenshotAsync(firm, "firm-match-conditions");

        // 免申即享: the offer waits for the firm; confirming it pays at once (秒兑现).
        await firm.GotoAsync("/policy/claims");
        var offer = firm.GetByTestId("claims").Locator(".card").Filter(new() { Has = firm.Locator(".badge[data-status=Offered]") }).First;
        await PortalFixture.ReloadUntilVisibleAsync(firm, offer, TimeSpan.FromMinutes(2), "a 免申即享 offer");
        var policyCode = await offer.GetAttributeAsync("data-policy");
        await offer.GetByRole(AriaRole.Button, new() { NameString = "确认领取" }).ClickAsync();

        await Expect(firm.GetByTestId("done")).ToContainTextAsync("已确认");
        var claim = firm.GetByTestId("claims").Locator($"[data-policy='{policyCode}']").First;
        await Expect(claim.Locator(".badge")).ToHaveTextAsync("已兑现");
        await Expect(firm.GetByTestId("payments").Locator("tbody tr").Filter(new() { HasTextString = policyCode })).Not.ToHaveCountAsync(0);
        await PortalFixture.ScreenshotAsync(firm, "firm-claims-paid");
    }
}
