using System.Net;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Governance.Jobs;

namespace Governance.IntegrationTests;

/// <summary>安全生产: a hazard report, its rectification deadline on the working-day calendar, and the re-inspection.</summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class HazardTests(PlatformServersFixture servers)
{
    private const string Hazards = "/api/governance/hazards";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly TestCaller Ajj = new("officer-ajj", "陈安监", [PlatformRoles.DepartmentOfficer], DepartmentCode: "AJJ");

    /// <summary>Wednesday 4 November 2026, 10:00 in China.</summary>
    private static readonly DateTimeOffset Found = new(2026, 11, 4, 10, 0, 0, China);

    private static readonly object Report = new
    {
        creditCode = TestTokens.FirmACreditCode, severity = "General", place = "二号车间",
        description = "二号车间消防通道堆放原材料，应急照明损坏。",
    };

    [Fact]
    public async Task A_hazard_failed_at_re_inspection_gets_a_new_deadline_and_passes_the_second_time()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Found, extraSettings: new Dictionary<string, string>
        {
            ["Governance:HazardGeneralRectificationWorkingDays"] = "5",
        });
        var reported = await host.ExpectAsync(HttpStatusCode.Created, Ajj, Hazards, Report);
        var id = reported.GetProperty("id").GetGuid();
        // Five working days: Thu 5, Fri 6, Mon 9, Tue 10, Wed 11 November.
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 0, 0, 0, China), reported.GetProperty("rectificationDueAt").GetDateTimeOffset());
        Assert.Equal("AJJ", reported.GetProperty("departmentCode").GetString());
        Assert.Equal(0, (await host.GetAsync(TestCaller.FirmB, Hazards)).GetProperty("count").GetInt64());
        var (otherFirm, _) = await host.PostAsync(TestCaller.FirmB, $"{Hazards}/{id}/rectification", new { report = "不是我的" });
        Assert.Equal(HttpStatusCode.NotFound, otherFirm);
        var (tooEarly, problem) = await host.PostAsync(Ajj, $"{Hazards}/{id}/reinspection", new { passed = true, note = "复查" });
        Assert.Equal(HttpStatusCode.Conflict, tooEarly);
        Assert.Equal("passed", problem.GetProperty("field").GetString());

        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.FirmA, $"{Hazards}/{id}/rectification", new { report = "已清理通道。" });
        var failed = await host.ExpectAsync(HttpStatusCode.OK, Ajj, $"{Hazards}/{id}/reinspection", new { passed = false, note = "应急照明仍未修复。" });
        Assert.Equal("Open", failed.GetProperty("status").GetString());
        Assert.Equal(1, failed.GetProperty("failedReinspections").GetInt32());
        // A new deadline from the failed re-inspection: five more working days, Thu 5 … Wed 11 November again from the same day.
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 0, 0, 0, China), failed.GetProperty("rectificationDueAt").GetDateTimeOffset());

        host.Clock!.Advance(TimeSpan.FromDays(1));
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.FirmA, $"{Hazards}/{id}/rectification", new { report = "已更换应急照明。" });
        var closed = await host.ExpectAsync(HttpStatusCode.OK, Ajj, $"{Hazards}/{id}/reinspection", new { passed = true, note = "复查合格。" });
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%HazardReported%'"));
        Assert.Equal(2, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%HazardReinspected%'"));
        Assert.Equal(5, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE resource_type = 'hazard' AND resource_id = '{id}'"));
    }

    [Fact]
    public async Task A_firm_reports_its_own_hazard_and_bad_input_is_refused_by_field()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Found);
        var own = await host.ExpectAsync(HttpStatusCode.Created, TestCaller.FirmA, Hazards, new { severity = "Major", description = "储罐区可燃气体报警器失效。" });
        Assert.True(own.GetProperty("selfReported").GetBoolean());
        Assert.Equal(TestTokens.FirmACreditCode, own.GetProperty("creditCode").GetString());

        var (unknownSeverity, problem) = await host.PostAsync(Ajj, Hazards, new { creditCode = TestTokens.FirmACreditCode, severity = "Tiny", description = "描述描述" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownSeverity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("severity", out _), problem.ToString());
        var (noFirm, noFirmProblem) = await host.PostAsync(Ajj, Hazards, new { severity = "General", description = "描述描述" });
        Assert.Equal(HttpStatusCode.BadRequest, noFirm);
        Assert.True(noFirmProblem.GetProperty("errors").TryGetProperty("creditCode", out _), noFirmProblem.ToString());
        var (citizen, _) = await host.PostAsync(TestCaller.Citizen, Hazards, Report);
        Assert.Equal(HttpStatusCode.Forbidden, citizen);
    }

    [Fact]
    public async Task An_overdue_hazard_is_escalated_once_into_a_supervision_case_dispatched_to_the_department_with_two_replicas_racing()
    {
        await using var host = await GovernanceHost.StartAsync(servers, replicas: 2, fakeNow: Found, extraSettings: new Dictionary<string, string>
        {
            ["Governance:HazardGeneralRectificationWorkingDays"] = "5",
        });
        var id = (await host.ExpectAsync(HttpStatusCode.Created, Ajj, Hazards, Report)).GetProperty("id").GetGuid();

        host.Clock!.SetUtcNow(new DateTimeOffset(2026, 11, 11, 23, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.cases WHERE source_reference LIKE 'hazard:%'"));

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 12, 9, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        await RoundOnBothAsync(host);

        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.cases WHERE source_reference LIKE 'hazard:%' AND module_code = 'EFF-SUP' AND lead_department_code = 'AJJ' AND status = 'Dispatched'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%HazardEscalated%'"));
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE action = 'hazard.escalated' AND resource_id = '{id}'"));
        var hazard = await host.GetAsync(Ajj, $"{Hazards}/{id}");
        Assert.True(hazard.GetProperty("overdue").GetBoolean());
        Assert.Equal(1, hazard.GetProperty("escalations").GetInt32());
        var summary = await host.GetAsync(TestCaller.Dispatcher, $"{Hazards}/summary");
        Assert.Equal(1, summary.GetProperty("overdue").GetInt32());
        Assert.Equal(1, summary.GetProperty("escalated").GetInt32());
    }

    private static async Task RoundOnBothAsync(GovernanceHost host) =>
        await Task.WhenAll(host.Replicas.Select(r => r.Services.RunScheduledJobOnceAsync<HazardEscalationJob, GovernanceContext>()));
}
