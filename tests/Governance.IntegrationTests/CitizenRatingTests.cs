using System.Net;
using Qingmeng.ServiceDefaults.Authentication;

namespace Governance.IntegrationTests;

/// <summary>
/// The filer rates the answer to their own complaint (1–5) once it is closed: the rating is the case's 回访, so it counts in
/// the satisfaction KPI and the scorecard exactly like the centre's callback.
/// </summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class CitizenRatingTests(PlatformServersFixture servers)
{
    private static readonly TestCaller OtherCitizen = new("citizen-2", "林市民", [PlatformRoles.Citizen]);

    [Fact]
    public async Task The_filer_rates_their_closed_case_once_audited_and_published_as_its_follow_up()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var id = await FileAsCitizenAsync(host);
        var path = $"/api/governance/cases/{id}/rating";

        var beforeClosing = await host.ExpectAsync(HttpStatusCode.Conflict, TestCaller.Citizen, path, new { rating = 5 });
        Assert.Equal("Accepted", beforeClosing.GetProperty("currentState").GetString());
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{id}/close", new { resolution = "已协调物业当日修复路灯。" });

        var outOfRange = await host.ExpectAsync(HttpStatusCode.UnprocessableEntity, TestCaller.Citizen, path, new { rating = 6 });
        Assert.Equal("rating", outOfRange.GetProperty("field").GetString());
        var missing = await host.ExpectAsync(HttpStatusCode.UnprocessableEntity, TestCaller.Citizen, path, new { comment = "没有打分" });
        Assert.Equal("rating", missing.GetProperty("field").GetString());
        var longComment = await host.ExpectAsync(HttpStatusCode.UnprocessableEntity, TestCaller.Citizen, path, new { rating = 4, comment = new string('长', 1001) });
        Assert.Equal("comment", longComment.GetProperty("field").GetString());

        var rated = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Citizen, path, new { rating = 5, comment = "当天就修好了，很满意。" });
        Assert.Equal("FollowedUp", rated.GetProperty("status").GetString());
        Assert.Equal(5, rated.GetProperty("rating").GetInt32());
        Assert.True(rated.GetProperty("satisfied").GetBoolean());

        var second = await host.ExpectAsync(HttpStatusCode.Conflict, TestCaller.Citizen, path, new { rating = 1 });
        Assert.Equal("FollowedUp", second.GetProperty("currentState").GetString());
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE action = 'case.rated' AND resource_id = '{id}'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CaseFollowedUp%'"));
        var timeline = await host.GetAsync(TestCaller.Citizen, $"/api/governance/cases/{id}/timeline");
        Assert.Contains(timeline.GetProperty("entries").EnumerateArray(),
            e => e.GetProperty("kind").GetString() == "FollowUpSatisfied" && e.GetProperty("text").GetString()!.Contains("当天就修好了", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nobody_but_the_filer_may_rate_a_case()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var id = await FileAsCitizenAsync(host);
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{id}/close", new { resolution = "已协调物业当日修复路灯。" });
        var path = $"/api/governance/cases/{id}/rating";

        // Another citizen cannot even see the case; the centre records callbacks through /follow-up, not as the filer.
        await host.ExpectAsync(HttpStatusCode.NotFound, OtherCitizen, path, new { rating = 1 });
        await host.ExpectAsync(HttpStatusCode.Forbidden, TestCaller.Dispatcher, path, new { rating = 1 });

        // A firm user reads a colleague's filing, but only its filer rates it.
        var firmCase = (await host.FileAsync(new
        {
            channel = "App", moduleCode = "ECON-RUN", title = "用电增容审批进度", description = "材料已提交两周。",
        }, TestCaller.FirmA)).GetProperty("id").GetGuid();
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{firmCase}/close", new { resolution = "已协调供电所上门勘察。" });
        var colleague = await host.ExpectAsync(HttpStatusCode.Forbidden, TestCaller.FirmAStaff, $"/api/governance/cases/{firmCase}/rating", new { rating = 2 });
        Assert.Contains("filer", colleague.GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal("Closed", (await host.GetAsync(TestCaller.Dispatcher, $"/api/governance/cases/{id}")).GetProperty("status").GetString());
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'case.rated'"));
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.FirmA, $"/api/governance/cases/{firmCase}/rating", new { rating = 4 });
    }

    [Fact]
    public async Task A_low_rating_is_an_unsatisfied_follow_up_that_reopens_the_case_and_counts_in_the_satisfaction_rate()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var id = await FileAsCitizenAsync(host);
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{id}/close", new { resolution = "已通知物业处理。" });

        var rated = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Citizen, $"/api/governance/cases/{id}/rating", new { rating = 2, comment = "路灯仍然不亮。" });

        Assert.False(rated.GetProperty("satisfied").GetBoolean());
        Assert.Equal(2, rated.GetProperty("rating").GetInt32());
        Assert.Equal("Accepted", rated.GetProperty("status").GetString());
        Assert.Equal(1, rated.GetProperty("reopenCount").GetInt32());
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.cases WHERE id = '{id}' AND satisfied = false AND followed_up_at IS NOT NULL"));
    }

    private static async Task<Guid> FileAsCitizenAsync(GovernanceHost host) =>
        (await host.FileAsync(new
        {
            channel = "App", moduleCode = "URBAN-MGT", title = "小区门口路灯不亮", description = "紫山路 8 号门口路灯连续三晚不亮。",
        }, TestCaller.Citizen)).GetProperty("id").GetGuid();
}
