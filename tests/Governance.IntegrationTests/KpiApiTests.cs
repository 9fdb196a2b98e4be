using System.Net;

namespace Governance.IntegrationTests;

[Collection(GovernanceServersCollection.Name)]
public sealed class KpiApiTests(PlatformServersFixture servers)
{
    /// <summary>Monday 2 March 2026, 09:00 in China.</summary>
    private static readonly DateTimeOffset March2 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_department_reads_its_own_KPIs_and_drills_down_to_the_cases_but_not_another_departments()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: March2);
        var inTime = await host.FileSimpleAsync(place: "一号工地");
        var late = await host.FileSimpleAsync(place: "二号工地");
        foreach (var id in new[] { inTime, late })
        {
            await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{id}/dispatch", new { leadDepartmentCode = "ZJJ" });
        }
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"/api/governance/cases/{inTime}/sign-for");
        // The sign-for deadline (end of Tuesday 3 March) passes for the other one.
        host.Clock!.SetUtcNow(new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"/api/governance/cases/{late}/sign-for");
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());

        var report = await host.GetAsync(Callers.Zjj, "/api/governance/kpis?from=2026-03-01&to=2026-03-31");
        var drill = await host.GetAsync(Callers.Zjj, "/api/governance/kpis/cases?from=2026-03-01&to=2026-03-31&departmentCode=ZJJ&indicator=SignFor&outcome=Missed");
        using var zjj = host.Client(Callers.Zjj);
        using var firm = host.Client(TestCaller.FirmA);
        var foreign = await zjj.GetAsync("/api/governance/kpis?from=2026-03-01&to=2026-03-31&departmentCode=ZRJ");
        var byFirm = await firm.GetAsync("/api/governance/kpis?from=2026-03-01&to=2026-03-31");

        var department = Assert.Single(report.GetProperty("departments").EnumerateArray());
        Assert.Equal("ZJJ", department.GetProperty("departmentCode").GetString());
        Assert.Equal(2, department.GetProperty("signFor").GetProperty("eligible").GetInt32());
        Assert.Equal(50m, department.GetProperty("signFor").GetProperty("rate").GetDecimal());
        Assert.Equal(late, Assert.Single(drill.GetProperty("items").EnumerateArray()).GetProperty("caseId").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byFirm.StatusCode);
    }

    [Fact]
    public async Task The_drill_down_is_paged_like_every_other_list_and_keeps_its_filters()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: March2);
        var ids = new List<Guid>();
        foreach (var place in new[] { "一号工地", "二号工地", "三号工地" })
        {
            var id = await host.FileSimpleAsync(place: place);
            await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{id}/dispatch", new { leadDepartmentCode = "ZJJ" });
            ids.Add(id);
            host.Clock!.Advance(TimeSpan.FromMinutes(1));
        }
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"/api/governance/cases/{ids[0]}/sign-for");
        host.Clock!.SetUtcNow(new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        const string Query = "/api/governance/kpis/cases?from=2026-03-01&to=2026-03-31&departmentCode=ZJJ&indicator=SignFor";

        var first = await host.GetAsync(Callers.Zjj, $"{Query}&pageSize=2");
        var second = await host.GetAsync(Callers.Zjj, $"{Query}&pageSize=2&pageIndex=1");
        var missed = await host.GetAsync(Callers.Zjj, $"{Query}&outcome=Missed");
        using var zjj = host.Client(Callers.Zjj);
        var tooLarge = await zjj.GetAsync($"{Query}&pageSize=100000");

        Assert.Equal(3, first.GetProperty("count").GetInt64());
        Assert.Equal(0, first.GetProperty("pageIndex").GetInt32());
        Assert.Equal(2, first.GetProperty("pageSize").GetInt32());
        Assert.Equal([ids[0], ids[1]], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseId").GetGuid()).ToList());
        Assert.Equal(ids[2], Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("caseId").GetGuid());
        Assert.Equal(2, missed.GetProperty("count").GetInt64());
        Assert.Equal([ids[1], ids[2]], missed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseId").GetGuid()).ToList());
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
    }

    [Fact]
    public async Task AsOf_defaults_to_the_end_of_a_past_period_and_to_now_while_the_period_runs()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: March2);

        var past = await host.GetAsync(TestCaller.Dispatcher, "/api/governance/kpis?from=2026-02-01&to=2026-02-28");
        var running = await host.GetAsync(TestCaller.Dispatcher, "/api/governance/kpis?from=2026-03-01&to=2026-03-31");

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)), past.GetProperty("asOf").GetDateTimeOffset());
        Assert.Equal(March2, running.GetProperty("asOf").GetDateTimeOffset());
    }
}
