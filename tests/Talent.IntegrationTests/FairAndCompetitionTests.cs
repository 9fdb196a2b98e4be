using System.Net;
using System.Net.Http.Json;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

[Collection(TalentServersCollection.Name)]
public sealed class FairAndCompetitionTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_firm_registers_its_own_open_postings_for_a_fair_once_and_not_another_firms()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var own = await talent.PostJobAsync();
        var others = await talent.PostJobAsync(TestCaller.FirmB);
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        var fair = await TalentHost.IdOfAsync(await officer.PostAsJsonAsync("/api/talent/fairs", new
        {
            title = "2026年春风行动线上招聘会",
            mode = "Online",
            venue = "就业服务指南小程序直播间",
            startsAt = DateTimeOffset.UtcNow.AddDays(3),
            endsAt = DateTimeOffset.UtcNow.AddDays(4),
        }), HttpStatusCode.Created);
        using var firm = talent.Client(TestCaller.FirmA);

        var foreign = await firm.PostAsJsonAsync($"/api/talent/fairs/{fair}/registrations", new { organizationName = "泉州杰嘉电子有限公司", jobPostingIds = new[] { own, others } });
        Assert.Equal("jobPostingIds", (await TalentHost.JsonAsync(foreign, HttpStatusCode.UnprocessableEntity)).GetProperty("field").GetString());
        await TalentHost.IdOfAsync(await firm.PostAsJsonAsync($"/api/talent/fairs/{fair}/registrations", new { organizationName = "泉州杰嘉电子有限公司", jobPostingIds = new[] { own } }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await firm.PostAsJsonAsync($"/api/talent/fairs/{fair}/registrations", new { organizationName = "泉州杰嘉电子有限公司", jobPostingIds = new[] { own } })).StatusCode);

        using var anonymous = talent.Anonymous();
        var fairs = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/fairs"), HttpStatusCode.OK);
        var listed = fairs.GetProperty("items")[0];
        Assert.Equal(1, listed.GetProperty("firms").GetInt32());
        Assert.Equal(1, listed.GetProperty("postings").GetInt32());
        var backwards = await officer.PostAsJsonAsync("/api/talent/fairs", new { title = "倒序", mode = "OnSite", venue = "会展中心", startsAt = DateTimeOffset.UtcNow.AddDays(4), endsAt = DateTimeOffset.UtcNow.AddDays(3) });
        Assert.True((await TalentHost.JsonAsync(backwards, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("endsAt", out _));
    }

    [Fact]
    public async Task A_competition_project_lands_with_its_firm_and_counts_in_the_summary()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        var entry = await TalentHost.IdOfAsync(await officer.PostAsJsonAsync("/api/talent/competition/entries", new
        {
            edition = 2025, projectName = "车规级碳化硅模块封装", teamLead = "黄思源", track = "集成电路", award = "一等奖", talentsIntroduced = 4,
        }), HttpStatusCode.Created);

        var withoutFirm = await officer.PostAsJsonAsync($"/api/talent/competition/entries/{entry}/landing", new { status = "Landed", landedOn = "2025-06-01" });
        Assert.Equal("creditCode", (await TalentHost.JsonAsync(withoutFirm, HttpStatusCode.UnprocessableEntity)).GetProperty("field").GetString());
        var badCode = await officer.PostAsJsonAsync($"/api/talent/competition/entries/{entry}/landing", new { status = "Landed", creditCode = "91350100M000100Y44", landedOn = "2025-06-01" });
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/competition/entries/{entry}/landing",
            new { status = "Landed", creditCode = TestTokens.FirmACreditCode, landedOn = "2025-06-01" }), HttpStatusCode.OK);

        using var anonymous = talent.Anonymous();
        var summary = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/competition/summary"), HttpStatusCode.OK);
        Assert.Equal(1, summary.GetProperty("landed").GetInt32());
        Assert.Equal(4, summary.GetProperty("talentsIntroducedByLanded").GetInt32());
    }
}
