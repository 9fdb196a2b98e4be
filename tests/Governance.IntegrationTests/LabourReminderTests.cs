using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Governance.Jobs;

namespace Governance.IntegrationTests;

/// <summary>Overdue labour-arbitration deadlines are chased by the supervision job: once per missed deadline, two replicas racing.</summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class LabourReminderTests(PlatformServersFixture servers)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task An_overdue_acceptance_and_an_overdue_award_each_get_exactly_one_reminder_with_two_replicas_racing()
    {
        // Filed Wednesday 4 November 2026: acceptance due at the end of Wednesday 11 November (5 working days).
        await using var host = await GovernanceHost.StartAsync(servers, replicas: 2, fakeNow: new DateTimeOffset(2026, 11, 4, 10, 0, 0, China));
        var filed = await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Citizen, "/api/governance/labour-disputes", new
        {
            applicantName = "林阿强", applicantIdNumber = "350521198506154329", applicantPhone = "13905951234",
            respondentCreditCode = TestTokens.FirmACreditCode, respondentName = "泉州杰嘉电子有限公司", claimType = "UnpaidWages",
            claimedAmount = 12_000m, wageArrears = true, facts = "拖欠两个月工资。",
        });
        var id = filed.GetProperty("id").GetGuid();

        host.Clock!.SetUtcNow(new DateTimeOffset(2026, 11, 11, 23, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.labour_dispute_reminders"));

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 12, 8, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        await RoundOnBothAsync(host);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.labour_dispute_reminders WHERE kind = 'AcceptanceOverdue'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.notification_messages WHERE recipient = 'department:RSJ' AND category = 'labour-arbitration-supervision'"));
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE action = 'labour-dispute.reminded' AND resource_id = '{id}'"));
        var overdue = await host.GetAsync(Callers.Rsj, $"/api/governance/labour-disputes/{id}");
        Assert.True(overdue.GetProperty("overdue").GetBoolean());

        // Accepted late on 12 November: the 45th day, 27 December, is a Sunday → the award is due at the end of Monday 28 December.
        var accepted = await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"/api/governance/labour-disputes/{id}/accept");
        Assert.True(accepted.GetProperty("decidedLate").GetBoolean());
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 28, 20, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.labour_dispute_reminders WHERE kind = 'AwardOverdue'"));

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 29, 9, 0, 0, China).ToUniversalTime());
        await RoundOnBothAsync(host);
        await RoundOnBothAsync(host);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.labour_dispute_reminders WHERE kind = 'AwardOverdue'"));
        Assert.Equal(2, await host.ScalarAsync("SELECT count(*) FROM governance.notification_messages WHERE recipient = 'department:RSJ' AND category = 'labour-arbitration-supervision'"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.labour_dispute_reminders WHERE notified_at IS NULL"));
        var notifications = await host.GetAsync(TestCaller.Admin, "/api/governance/notifications");
        Assert.Contains("裁决期限", notifications.ToString());
    }

    private static async Task RoundOnBothAsync(GovernanceHost host) =>
        await Task.WhenAll(host.Replicas.Select(r => r.Services.RunScheduledJobOnceAsync<SupervisionJob, GovernanceContext>()));
}
