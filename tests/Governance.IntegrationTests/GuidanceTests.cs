using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Governance.Jobs;

namespace Governance.IntegrationTests;

/// <summary>帮扶指导: advance notice, a guided self-correction period on the working-day calendar, then the inspection.</summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class GuidanceTests(PlatformServersFixture servers)
{
    private const string Guidance = "/api/governance/guidance";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly TestCaller Scj = new("officer-scj", "市监执法", [PlatformRoles.DepartmentOfficer], DepartmentCode: "SCJ");

    /// <summary>Wednesday 4 November 2026, 10:00 in China.</summary>
    private static readonly DateTimeOffset Notice = new(2026, 11, 4, 10, 0, 0, China);

    private static readonly object Notification = new
    {
        creditCode = TestTokens.FirmACreditCode, matters = "食品经营许可证公示、进货查验记录。请对照清单自查自改。", selfCorrectionWorkingDays = 5,
    };

    [Fact]
    public async Task A_firm_told_in_advance_corrects_itself_and_is_inspected_only_afterwards()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Notice);
        var notified = await host.ExpectAsync(HttpStatusCode.Created, Scj, Guidance, Notification);
        var id = notified.GetProperty("id").GetGuid();

        // Five working days: Thu 5, Fri 6, Mon 9, Tue 10, Wed 11 November.
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 0, 0, 0, China), notified.GetProperty("selfCorrectionDueAt").GetDateTimeOffset());
        var (early, problem) = await host.PostAsync(Scj, $"{Guidance}/{id}/inspection", new { compliant = true, note = "检查" });
        Assert.Equal(HttpStatusCode.Conflict, early);
        Assert.Equal("compliant", problem.GetProperty("field").GetString());
        Assert.Equal(1, (await host.GetAsync(TestCaller.FirmA, Guidance)).GetProperty("count").GetInt64());
        Assert.Equal(0, (await host.GetAsync(TestCaller.FirmB, Guidance)).GetProperty("count").GetInt64());
        var (otherFirm, _) = await host.PostAsync(TestCaller.FirmB, $"{Guidance}/{id}/self-correction", new { report = "不是我的" });
        Assert.Equal(HttpStatusCode.NotFound, otherFirm);

        host.Clock!.Advance(TimeSpan.FromDays(2));
        var corrected = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.FirmA, $"{Guidance}/{id}/self-correction", new { report = "已补充公示许可证，补齐进货查验记录。" });
        Assert.Equal("SelfCorrected", corrected.GetProperty("status").GetString());
        Assert.True(corrected.GetProperty("selfCorrectedOnTime").GetBoolean());

        var inspected = await host.ExpectAsync(HttpStatusCode.OK, Scj, $"{Guidance}/{id}/inspection", new { compliant = true, note = "现场检查合格。" });
        Assert.Equal("Inspected", inspected.GetProperty("status").GetString());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%GuidanceNoticeIssued%'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%GuidanceInspected%'"));
        Assert.Equal(3, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE resource_type = 'guidance' AND resource_id = '{id}'"));
    }

    [Fact]
    public async Task A_self_correction_period_that_passes_without_a_report_is_flagged_once_with_two_replicas_racing()
    {
        await using var host = await GovernanceHost.StartAsync(servers, replicas: 2, fakeNow: Notice);
        var id = (await host.ExpectAsync(HttpStatusCode.Created, Scj, Guidance, Notification)).GetProperty("id").GetGuid();

        host.Clock!.SetUtcNow(new DateTimeOffset(2026, 11, 11, 23, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.guidances WHERE overdue_flagged_at IS NOT NULL"));

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 12, 9, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        await RoundOnBothAsync(host);

        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.guidances WHERE overdue_flagged_at IS NOT NULL"));
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE action = 'guidance.overdue' AND resource_id = '{id}'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.notification_messages WHERE recipient = 'department:SCJ' AND category = 'guidance-supervision'"));
        var overdue = await host.GetAsync(Scj, $"{Guidance}/{id}");
        Assert.True(overdue.GetProperty("overdue").GetBoolean());
        // The period is over: the inspection may go ahead without the firm's report.
        await host.ExpectAsync(HttpStatusCode.OK, Scj, $"{Guidance}/{id}/inspection", new { compliant = false, note = "未自查自改，依法处理。" });
    }

    private static async Task RoundOnBothAsync(GovernanceHost host) =>
        await Task.WhenAll(host.Replicas.Select(r => r.Services.RunScheduledJobOnceAsync<GuidanceJob, GovernanceContext>()));
}
