using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class CitizenJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task A_citizens_complaint_is_filed_dispatched_closed_and_rated_and_the_citizen_follows_each_step()
    {
        var title = "小区旁工地夜间施工噪声扰民 " + Guid.NewGuid().ToString("N")[..6];

        // The citizen files it (受理) from a phone.
        var citizen = await portal.SignInAsync("citizen.chen", "/cases/new");
        await citizen.GetByLabel("诉求类别").SelectOptionAsync(new SelectOptionValue { Value = "SMART-ENV" });
        await citizen.GetByLabel("标题").FillAsync(title);
        await citizen.GetByLabel("具体情况").FillAsync("每晚十点后仍有打桩作业，影响居民休息。");
        await citizen.GetByLabel("地点（可选）").FillAsync("清濛开发区紫山路 8 号");
        await PortalFixture.ScreenshotAsync(citizen, "citizen-file-complaint");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交诉求" }).ClickAsync();
        await Expect(citizen.GetByTestId("done")).ToContainTextAsync("已受理");
        await Expect(citizen.GetByTestId("case-status")).ToHaveTextAsync("已受理");
        var caseUrl = citizen.Url;
        var number = await citizen.GetByTestId("case-number").InnerTextAsync();

        // The centre's dispatcher sends it to the recommended department (派单).
        var dispatcher = await portal.SignInAsync("dispatcher.wang", "/dispatch", phone: false);
        await dispatcher.GetByTestId("queue-Accepted").Locator($"[data-case='{number}']").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(dispatcher.GetByTestId("recommendation")).ToContainTextAsync("HBJ");
        await PortalFixture.ScreenshotAsync(dispatcher, "dispatcher-console");
        await Expect(dispatcher.GetByLabel("承办部门")).ToHaveValueAsync("HBJ");
        await dispatcher.GetByRole(AriaRole.Button, new() { Name = "派单" }).ClickAsync();
        await Expect(dispatcher.GetByTestId("done")).ToContainTextAsync("已派单");
        await Expect(dispatcher.GetByTestId("case-status")).ToHaveTextAsync("已派单");

        await citizen.GotoAsync(caseUrl);
        await Expect(citizen.GetByTestId("case-status")).ToHaveTextAsync("已派单");

        // 生态环境局 signs for it and closes it (签收, 办结).
        var officer = await portal.SignInAsync("officer.hbj", "/officer/inbox");
        var card = officer.GetByTestId("inbox").Locator($"[data-case='{number}']");
        await card.GetByRole(AriaRole.Button, new() { Name = "签收" }).ClickAsync();
        await Expect(officer.GetByTestId("done")).ToContainTextAsync("已签收");
        await card.GetByLabel("办理结果").FillAsync("已责令施工单位夜间停止打桩作业，并安排执法人员夜间巡查。");
        await card.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        await Expect(officer.GetByTestId("done")).ToContainTextAsync("已办结");

        await citizen.GotoAsync(caseUrl);
        await Expect(citizen.GetByTestId("case-status")).ToHaveTextAsync("已办结");
        await Expect(citizen.GetByTestId("case-resolution")).ToContainTextAsync("停止打桩");

        // The citizen rates the answer on the case page (评价): the rating is the case's 回访.
        var rating = citizen.GetByTestId("rate");
        await rating.GetByLabel("非常满意").CheckAsync();
        await rating.GetByLabel("评价内容（可选）").FillAsync("夜间已无施工噪声，对办理结果满意。");
        await PortalFixture.ScreenshotAsync(citizen, "citizen-rate");
        await rating.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(citizen.GetByTestId("done")).ToContainTextAsync("已评价");
        await Expect(citizen.GetByTestId("case-status")).ToHaveTextAsync("已回访");
        await Expect(citizen.GetByTestId("case-rating")).ToContainTextAsync("5 分");
        await Expect(citizen.GetByTestId("case-rating")).ToContainTextAsync("非常满意");
        await Expect(citizen.GetByTestId("rate")).ToHaveCountAsync(0);
        await Expect(citizen.GetByTestId("timeline")).ToContainTextAsync("夜间已无施工噪声");
        await PortalFixture.ScreenshotAsync(citizen, "citizen-case");
    }
}
