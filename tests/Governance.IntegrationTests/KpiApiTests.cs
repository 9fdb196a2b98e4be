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
        Assert.Equal(late, Assert.Single(drill.EnumerateArray()).GetProperty("caseId").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byFirm.StatusCode);
    }
}
