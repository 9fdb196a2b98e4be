using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

    [Fact]
    public async Task Officers_recording_a_landing_at_once_never_get_a_500_and_a_loser_hears_the_status_the_winner_left()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        var entry = await TalentHost.IdOfAsync(await officer.PostAsJsonAsync("/api/talent/competition/entries", new
        {
            edition = 2025, projectName = "固态电池隔膜中试线", teamLead = "林雅琴", track = "新能源", award = "二等奖", talentsIntroduced = 3,
        }), HttpStatusCode.Created);
        var officers = Enumerable.Range(0, 8).Select(i => talent.Client(i % 2 == 0 ? TestCaller.PolicyOfficer : TestCaller.Admin)).ToList();

        using var start = new SemaphoreSlim(0);
        var attempts = officers.Select(async client =>
        {
            await start.WaitAsync();
            var response = await client.PostAsJsonAsync($"/api/talent/competition/entries/{entry}/landing",
                new { status = "Landed", creditCode = TestTokens.FirmACreditCode, landedOn = "2025-06-01" });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(officers.Count);
        var outcomes = await Task.WhenAll(attempts);

        // Each either landed the entry or was told what another officer left: never a 500, never two records.
        Assert.Contains(outcomes, o => o.StatusCode == HttpStatusCode.OK);
        Assert.All(outcomes.Where(o => o.StatusCode != HttpStatusCode.OK), o =>
        {
            Assert.Equal(HttpStatusCode.Conflict, o.StatusCode);
            Assert.Equal("Landed", JsonDocument.Parse(o.Body).RootElement.GetProperty("currentState").GetString());
        });
        Assert.Equal(outcomes.Count(o => o.StatusCode == HttpStatusCode.OK),
            await talent.ScalarAsync($"SELECT count(*) FROM talent.audit_records WHERE action = 'competition.landing_landed' AND resource_id = '{entry}'"));
        foreach (var client in officers)
        {
            client.Dispose();
        }
    }
}
