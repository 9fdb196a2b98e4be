using System.Net;
using Finance.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Jobs;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Finance.IntegrationTests;

[Collection(FinanceServersCollection.Name)]
public sealed class JobsTests(PlatformServersFixture servers)
{
    private static async Task RunEscalationAsync(FinanceApp app, DateTimeOffset now)
    {
        using var scope = app.Scope();
        await ActivatorUtilities.CreateInstance<ReferralEscalationJob>(scope.ServiceProvider, (TimeProvider)new FakeTimeProvider(now))
            .RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task An_unanswered_referral_escalates_to_the_zone_finance_officer_once_at_its_working_day_deadline()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        var silent = await app.ReferredAsync(TestCaller.FirmA);
        var answered = await app.ReferredAsync(TestCaller.FirmA);
        await app.PostAsync(TestCaller.BankOfficer, $"/api/finance/referrals/{answered}/accept");
        var due = (await app.GetAsync(TestCaller.FirmA, $"/api/finance/referrals/{silent}")).GetProperty("responseDueAt").GetDateTimeOffset();
        var referredAt = (await app.GetAsync(TestCaller.FirmA, $"/api/finance/referrals/{silent}")).GetProperty("referredAt").GetDateTimeOffset();
        Assert.Equal(3, WorkingDayCalendar.ChinaMainland.CountWorkingDays(referredAt, due));

        await RunEscalationAsync(app, due.AddTicks(-1));
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM finance.referrals WHERE escalated_at IS NOT NULL"));

        await RunEscalationAsync(app, due);
        await RunEscalationAsync(app, due.AddDays(2));

        var escalated = await app.GetAsync(TestCaller.PolicyOfficer, "/api/finance/referrals?escalated=true");
        Assert.Equal(silent, Assert.Single(escalated.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(1, await app.ScalarAsync(
            $"SELECT count(*) FROM finance.notification_messages WHERE key = 'referral-escalation:{silent}' AND recipient = 'zone-finance-officer'"));
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.notification_messages"));
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM finance.audit_records WHERE action = 'referral.escalated' AND resource_id = '{silent}'"));
        var metrics = await app.GetAsync(TestCaller.PolicyOfficer, "/api/finance/metrics");
        Assert.Equal(1, metrics.GetProperty("escalated").GetInt32());
    }

    [Fact]
    public async Task The_renewal_warning_reaches_firm_and_bank_once_even_with_two_replicas_running_the_job()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        var second = app.AddReplica();
        await app.PutProfileAsync(TestCaller.FirmA);
        var today = ChinaTime.ToChinaDate(DateTimeOffset.UtcNow);
        // Six-month loans: one matures in 10 days (inside the 30-day window), one in 60 days (outside).
        var maturing = await app.DisbursedAsync(TestCaller.FirmA, TestCaller.BankOfficer, today.AddMonths(-6).AddDays(10), 1_000_000m, 6);
        var later = await app.DisbursedAsync(TestCaller.FirmA, TestCaller.BankOfficer, today.AddMonths(-6).AddDays(60), 1_000_000m, 6);

        var rounds = await Task.WhenAll(
            app.Host.Services.RunScheduledJobOnceAsync<RenewalWarningJob, FinanceContext>(),
            second.Services.RunScheduledJobOnceAsync<RenewalWarningJob, FinanceContext>());
        Assert.Contains(true, rounds);
        await second.Services.RunScheduledJobOnceAsync<RenewalWarningJob, FinanceContext>();
        await app.Host.Services.RunScheduledJobOnceAsync<RenewalWarningJob, FinanceContext>();

        Assert.Equal(1, await app.ScalarAsync(
            $"SELECT count(*) FROM finance.notification_messages WHERE key = 'renewal-warning:{maturing}:firm' AND recipient = '{TestCaller.FirmA.Subject}'"));
        Assert.Equal(1, await app.ScalarAsync(
            $"SELECT count(*) FROM finance.notification_messages WHERE key = 'renewal-warning:{maturing}:bank' AND recipient = 'bank:QZBANK'"));
        Assert.Equal(2, await app.ScalarAsync("SELECT count(*) FROM finance.notification_messages"));
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM finance.audit_records WHERE action = 'loan.renewal-warned' AND resource_id = '{maturing}'"));
        var warned = await app.GetAsync(TestCaller.BankOfficer, $"/api/finance/referrals/{maturing}");
        Assert.NotEqual(default, warned.GetProperty("renewalWarningSentAt").GetDateTimeOffset());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await app.GetAsync(TestCaller.BankOfficer, $"/api/finance/referrals/{later}")).GetProperty("renewalWarningSentAt").ValueKind);
        var text = await app.GetAsync(TestCaller.Admin, $"/api/finance/notifications?key=renewal-warning:{maturing}:firm");
        Assert.Contains("可向泉州银行申请续贷", text.GetProperty("items")[0].GetProperty("text").GetString());
    }
}
