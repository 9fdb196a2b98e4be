using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Governance.Jobs;

namespace Governance.IntegrationTests;

/// <summary>Supervision rounds on the 2026 calendar with two replicas sharing one fake clock.</summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class SupervisionJobTests(PlatformServersFixture servers)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Wednesday 30 September 2026, 10:00: CONSTRUCT allows 1 working day to sign for (due 9 October 00:00) and 15 to complete.</summary>
    private static readonly DateTimeOffset BeforeNationalDay = new(2026, 9, 30, 10, 0, 0, China);

    [Fact]
    public async Task A_missed_sign_for_deadline_gets_exactly_one_reminder_with_two_replicas_racing()
    {
        await using var host = await GovernanceHost.StartAsync(servers, replicas: 2, fakeNow: BeforeNationalDay);
        var id = await host.FileSimpleAsync();
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{id}/dispatch", new { leadDepartmentCode = "ZJJ" });

        // The holiday week does not count: on 8 October the sign-for is still not late.
        host.Clock!.SetUtcNow(new DateTimeOffset(2026, 10, 8, 23, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.case_reminders"));

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 9, 8, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        await RoundOnBothAsync(host);

        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.case_reminders WHERE kind = 'SignForOverdue'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.notification_messages WHERE recipient = 'department:ZJJ' AND category = 'case-supervision'"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.case_reminders WHERE notified_at IS NULL"));
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE action = 'case.reminded' AND resource_id = '{id}'"));
        var notifications = await host.GetAsync(TestCaller.Admin, "/api/governance/notifications");
        Assert.Contains("催办", notifications.ToString());
    }

    [Fact]
    public async Task An_approved_extension_moves_the_completion_deadline_and_the_old_one_is_never_chased()
    {
        await using var host = await GovernanceHost.StartAsync(servers, replicas: 2, fakeNow: BeforeNationalDay);
        var id = await host.FileSimpleAsync(module: "SAFE-PROD");
        var path = $"/api/governance/cases/{id}";
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/dispatch", new { leadDepartmentCode = "AJJ" });
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Ajj, $"{path}/sign-for");
        var extensionId = (await host.ExpectAsync(HttpStatusCode.Created, Callers.Ajj, $"{path}/extensions", new { workingDays = 2, reason = "需委托第三方检测机构检测。" }))
            .GetProperty("id").GetGuid();
        var requested = await host.GetAsync(TestCaller.Dispatcher, path);
        var approved = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/extensions/{extensionId}/approve");

        // SAFE-PROD: 5 working days (due 14 October 00:00) + 2 approved → due 16 October 00:00.
        Assert.Equal(new DateTimeOffset(2026, 10, 14, 0, 0, 0, China), requested.GetProperty("completionDueAt").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 10, 16, 0, 0, 0, China), approved.GetProperty("completionDueAt").GetDateTimeOffset());

        host.Clock!.SetUtcNow(new DateTimeOffset(2026, 10, 15, 12, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.case_reminders"));

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 16, 9, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.case_reminders WHERE kind = 'CompletionOverdue'"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.case_reminders WHERE kind = 'Escalation'"));

        // Two working days behind (16 and 19 October): escalated once, to the centre.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 20, 9, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        await RoundOnBothAsync(host);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.case_reminders WHERE kind = 'Escalation'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.case_reminders WHERE kind = 'CompletionOverdue'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.notification_messages WHERE recipient = 'centre-duty-leader'"));
        var escalated = await host.GetAsync(TestCaller.Dispatcher, path);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, escalated.GetProperty("escalatedAt").ValueKind);
    }

    /// <summary>One round on each replica at the same moment: the lock lets one run, or both run in turn; either way nothing is doubled.</summary>
    private static async Task RoundOnBothAsync(GovernanceHost host) =>
        await Task.WhenAll(host.Replicas.Select(r => r.Services.RunScheduledJobOnceAsync<SupervisionJob, GovernanceContext>()));
}
