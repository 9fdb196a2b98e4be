using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Jobs;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

/// <summary>稳工留岗政策兑现率: the retention incentives that fell due against those paid, and the warning for unpaid ones.</summary>
[Collection(TalentServersCollection.Name)]
public sealed class RetentionIncentiveTests(PlatformServersFixture servers)
{
    private static readonly TestCaller Ambassador = new("citizen-amb-retain", "周引工", ["citizen"]);

    [Fact]
    public async Task Incentives_due_and_paid_give_the_fulfilment_rate_and_go_out_through_the_outbox()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        var hiredOn = ChinaToday().AddDays(-200);
        var referrals = await RetainedReferralsAsync(talent, hiredOn, 41, 42);
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        var range = $"from={hiredOn.AddMonths(6):yyyy-MM-dd}&to={ChinaToday():yyyy-MM-dd}";

        var before = await TalentHost.JsonAsync(await officer.GetAsync($"/api/talent/metrics/retention-incentives?{range}"), HttpStatusCode.OK);
        Assert.Equal(2, before.GetProperty("due").GetInt32());
        Assert.Equal(0, before.GetProperty("paid").GetInt32());
        Assert.Equal(0m, before.GetProperty("fulfilmentRatePercent").GetDecimal());

        await TalentHost.JsonAsync(await officer.PostAsync($"/api/talent/referrals/{referrals[0]}/pay", null), HttpStatusCode.OK);
        var after = await TalentHost.JsonAsync(await officer.GetAsync($"/api/talent/metrics/retention-incentives?{range}"), HttpStatusCode.OK);
        Assert.Equal(2, after.GetProperty("due").GetInt32());
        Assert.Equal(1, after.GetProperty("paid").GetInt32());
        Assert.Equal(50m, after.GetProperty("fulfilmentRatePercent").GetDecimal());
        Assert.Equal(2_000m, after.GetProperty("amountDue").GetDecimal());
        Assert.Equal(1_000m, after.GetProperty("amountPaid").GetDecimal());

        // Incentives that fell due before the range are not in it.
        var earlier = await TalentHost.JsonAsync(
            await officer.GetAsync($"/api/talent/metrics/retention-incentives?from={hiredOn:yyyy-MM-dd}&to={hiredOn.AddMonths(6).AddDays(-1):yyyy-MM-dd}"), HttpStatusCode.OK);
        Assert.Equal(0, earlier.GetProperty("due").GetInt32());
        Assert.Equal(JsonValueKind.Null, earlier.GetProperty("fulfilmentRatePercent").ValueKind);

        // The scorecard learns both through the outbox, dated by the day the incentive fell due.
        Assert.Equal(2, await talent.WaitForPublishedAsync("RetentionIncentiveDue", 2));
        Assert.Equal(1, await talent.WaitForPublishedAsync("RetentionIncentivePaid", 1));
        var payload = await talent.ScalarTextAsync("SELECT payload::text FROM talent.outbox_messages WHERE event_type LIKE '%RetentionIncentivePaid%'");
        Assert.Equal(hiredOn.AddMonths(6), DateOnly.Parse(JsonDocument.Parse(payload).RootElement.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        // Firms do not see the zone's figures; a reversed range is a 400 naming the field.
        using var firm = talent.Client(TestCaller.FirmA);
        Assert.Equal(HttpStatusCode.Forbidden, (await firm.GetAsync($"/api/talent/metrics/retention-incentives?{range}")).StatusCode);
        var reversed = await TalentHost.JsonAsync(
            await officer.GetAsync($"/api/talent/metrics/retention-incentives?from={ChinaToday():yyyy-MM-dd}&to={hiredOn:yyyy-MM-dd}"), HttpStatusCode.BadRequest);
        Assert.Equal("to", reversed.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_incentive_unpaid_past_the_payment_working_days_is_warned_once_by_the_job()
    {
        await using var talent = await TalentHost.StartAsync(servers, new Dictionary<string, string>
        {
            ["Talent:IncentivePaymentWorkingDays"] = "5",
            ["Scheduling:Jobs:RetentionIncentiveOverdueJob:Interval"] = "01:00:00",
        });
        var hiredOn = ChinaToday().AddDays(-200);
        var referrals = await RetainedReferralsAsync(talent, hiredOn, 43, 44);
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        await TalentHost.JsonAsync(await officer.PostAsync($"/api/talent/referrals/{referrals[1]}/pay", null), HttpStatusCode.OK);

        Assert.True(await talent.Host.Services.RunScheduledJobOnceAsync<RetentionIncentiveOverdueJob, TalentContext>());
        Assert.True(await talent.Host.Services.RunScheduledJobOnceAsync<RetentionIncentiveOverdueJob, TalentContext>());

        // Only the unpaid one is warned, and only once however often the job runs.
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records WHERE action = 'referral.incentive_overdue'"));
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.audit_records WHERE action = 'referral.incentive_overdue' AND resource_id = '{referrals[0]}'"));
        var metrics = await TalentHost.JsonAsync(
            await officer.GetAsync($"/api/talent/metrics/retention-incentives?from={hiredOn:yyyy-MM-dd}&to={ChinaToday():yyyy-MM-dd}"), HttpStatusCode.OK);
        Assert.Equal(1, metrics.GetProperty("overdue").GetInt32());
    }

    [Fact]
    public async Task The_demo_data_pays_every_retention_incentive_due_a_rate_of_100_percent()
    {
        await using var talent = await TalentHost.StartAsync(servers, new Dictionary<string, string> { ["DemoData:Enabled"] = "true" });
        using var officer = talent.Client(TestCaller.PolicyOfficer);

        var metrics = await TalentHost.JsonAsync(
            await officer.GetAsync($"/api/talent/metrics/retention-incentives?from={ChinaToday().AddDays(-365):yyyy-MM-dd}&to={ChinaToday():yyyy-MM-dd}"), HttpStatusCode.OK);

        Assert.True(metrics.GetProperty("due").GetInt32() > 0, metrics.ToString());
        Assert.Equal(metrics.GetProperty("due").GetInt32(), metrics.GetProperty("paid").GetInt32());
        Assert.Equal(100m, metrics.GetProperty("fulfilmentRatePercent").GetDecimal());
    }

    internal static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>
    /// One ambassador refers each person to a posting put up 200 days ago; the firm hires them on <paramref name="hiredOn"/>
    /// and confirms 3 and 6 months, so each referral's incentive is payable from the 6-month day.
    /// </summary>
    internal static async Task<List<Guid>> RetainedReferralsAsync(TalentHost talent, DateOnly hiredOn, params int[] people)
    {
        var posting = await talent.PostJobAsync();
        await talent.ExecuteAsync($"UPDATE talent.job_postings SET date_posted = date_posted - 200 WHERE id = '{posting}'");
        using (var register = talent.Client(Ambassador))
        {
            var response = await register.PostAsJsonAsync("/api/talent/ambassadors", new { name = Ambassador.Name, phone = "13905951234", region = "贵州省毕节市" });
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, response.StatusCode.ToString());
        }
        using var ambassador = talent.Client(Ambassador);
        using var firm = talent.Client(TestCaller.FirmA);
        var referrals = new List<Guid>();
        foreach (var person in people)
        {
            referrals.Add(await TalentHost.IdOfAsync(await ambassador.PostAsJsonAsync("/api/talent/referrals",
                new { jobPostingId = posting, workerName = "张小明", residentIdNumber = TalentHost.ResidentId(person) }), HttpStatusCode.Created));
            using (var worker = talent.Client(TalentHost.Citizen(person)))
            {
                await TalentHost.IdOfAsync(await worker.PostAsJsonAsync($"/api/talent/jobs/{posting}/applications", JobPostingTests.Application(person)), HttpStatusCode.Created);
            }
            var hireId = await TalentHost.IdOfAsync(await firm.PostAsJsonAsync("/api/talent/hires",
                new { jobPostingId = posting, workerName = "张小明", residentIdNumber = TalentHost.ResidentId(person), hiredOn }), HttpStatusCode.Created);
            await TalentHost.JsonAsync(await firm.PostAsJsonAsync($"/api/talent/hires/{hireId}/retention", new { milestone = "ThreeMonths", confirmedOn = hiredOn.AddMonths(3) }), HttpStatusCode.OK);
            await TalentHost.JsonAsync(await firm.PostAsJsonAsync($"/api/talent/hires/{hireId}/retention", new { milestone = "SixMonths", confirmedOn = hiredOn.AddMonths(6) }), HttpStatusCode.OK);
        }
        return referrals;
    }
}
