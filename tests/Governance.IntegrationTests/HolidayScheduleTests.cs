using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Governance.Jobs;

namespace Governance.IntegrationTests;

/// <summary>
/// 节假日安排 as reference data: the administrator loads a year's State Council schedule, the calendar counts with it from
/// then on, open case deadlines are counted again, and from 1 November a missing next year is reported.
/// </summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class HolidayScheduleTests(PlatformServersFixture servers)
{
    private const string Schedules = "/api/governance/holiday-schedules";

    /// <summary>Monday 1 March 2027, 09:00 in China: 2027 is provisional in the compiled-in calendar.</summary>
    private static readonly DateTimeOffset March2027 = new(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The statutory days off of 2027 as the rules compute them, plus one 调休 Saturday (6 March) that no rule predicts.</summary>
    private static object Schedule2027(string notice = "国务院办公厅关于2027年部分节假日安排的通知（测试）", string makeUpSaturday = "2027-03-06") => new
    {
        notice,
        holidays = StatutoryHolidays.ForYear(2027).Select(h => new
        {
            name = h.NameZh,
            daysOff = h.DaysOff.Select(d => d.ToString("yyyy-MM-dd")).ToArray(),
            makeUpWorkdays = h.NameZh == "春节" ? new[] { makeUpSaturday } : [],
        }).ToArray(),
    };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PutAsync(GovernanceHost host, TestCaller caller, string path, object body)
    {
        using var client = host.Client(caller);
        var response = await client.PutAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task An_administrator_loads_a_year_once_replaces_it_and_each_change_is_audited_and_published()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: March2027);

        var loaded = await PutAsync(host, TestCaller.Admin, $"{Schedules}/2027", Schedule2027());
        var again = await PutAsync(host, TestCaller.Admin, $"{Schedules}/2027", Schedule2027());
        var replaced = await PutAsync(host, TestCaller.Admin, $"{Schedules}/2027", Schedule2027(makeUpSaturday: "2027-03-13"));

        Assert.Equal(HttpStatusCode.Created, loaded.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(HttpStatusCode.OK, replaced.Status);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'holiday-schedule.loaded' AND resource_id = '2027'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'holiday-schedule.replaced' AND resource_id = '2027'"));
        Assert.Equal(2, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.HolidayScheduleConfirmed,%'"));
        Assert.Equal(1, await host.ScalarAsync(
            "SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.HolidayScheduleConfirmed,%' AND payload::text LIKE '%2027-03-13%'"));
        var list = await host.GetAsync(TestCaller.Dispatcher, Schedules);
        Assert.Equal(2027, list.GetProperty("lastConfirmedYear").GetInt32());
        var one = await host.GetAsync(TestCaller.Dispatcher, $"{Schedules}/2027");
        Assert.Contains(one.GetProperty("holidays").EnumerateArray(),
            h => h.GetProperty("makeUpWorkdays").EnumerateArray().Any(d => d.GetString() == "2027-03-13"));
    }

    [Fact]
    public async Task Confirming_the_year_moves_an_open_case_deadline_and_publishes_the_change()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: March2027);
        var id = await host.FileSimpleAsync();
        var dispatched = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{id}/dispatch", new { leadDepartmentCode = "ZJJ" });
        var before = dispatched.GetProperty("completionDueAt").GetDateTimeOffset();
        Assert.True(dispatched.GetProperty("provisional").GetBoolean());

        var loaded = await PutAsync(host, TestCaller.Admin, $"{Schedules}/2027", Schedule2027());

        Assert.Equal(HttpStatusCode.Created, loaded.Status);
        var after = await host.GetAsync(TestCaller.Dispatcher, $"/api/governance/cases/{id}");
        Assert.True(after.GetProperty("completionDueAt").GetDateTimeOffset() < before, $"{before:O} → {after.GetProperty("completionDueAt")}");
        Assert.False(after.GetProperty("provisional").GetBoolean());
        Assert.Equal(1, await host.ScalarAsync(
            $"SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.CaseDeadlineChanged,%' AND payload::jsonb->>'caseId' = '{id}'"));
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE action = 'case.deadline-recomputed' AND resource_id = '{id}'"));
    }

    [Fact]
    public async Task Confirming_the_year_moves_open_labour_dispute_guidance_and_hazard_deadlines_and_publishes_each_change()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: March2027);
        var officerScj = new TestCaller("officer-scj", "市监执法", [PlatformRoles.DepartmentOfficer], DepartmentCode: "SCJ");
        var officerAjj = new TestCaller("officer-ajj", "陈安监", [PlatformRoles.DepartmentOfficer], DepartmentCode: "AJJ");
        var filed = await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Citizen, "/api/governance/labour-disputes", new
        {
            applicantName = "林阿强", applicantIdNumber = "350503199003071232", applicantPhone = "13905951234",
            respondentCreditCode = TestTokens.FirmACreditCode, respondentName = "泉州杰嘉电子有限公司", claimType = "Overtime", claimedAmount = 8_000m,
            wageArrears = false, workerCount = 1, facts = "公司未支付 2027 年 1 至 2 月加班费共 8000 元。",
        });
        var notified = await host.ExpectAsync(HttpStatusCode.Created, officerScj, "/api/governance/guidance", new
        {
            creditCode = TestTokens.FirmACreditCode, matters = "食品经营许可证公示、进货查验记录。请对照清单自查自改。", selfCorrectionWorkingDays = 5,
        });
        var reported = await host.ExpectAsync(HttpStatusCode.Created, officerAjj, "/api/governance/hazards", new
        {
            creditCode = TestTokens.FirmACreditCode, severity = "General", place = "二号车间", description = "二号车间消防通道堆放原材料，应急照明损坏。",
        });
        var disputeId = filed.GetProperty("id").GetGuid();
        var guidanceId = notified.GetProperty("id").GetGuid();
        var hazardId = reported.GetProperty("id").GetGuid();
        // Five working days from Monday 1 March: to the end of Monday 8 March while 2027 is provisional.
        Assert.Equal(new DateTimeOffset(2027, 3, 9, 0, 0, 0, TimeSpan.FromHours(8)), filed.GetProperty("acceptanceDueAt").GetDateTimeOffset());
        Assert.True(filed.GetProperty("provisional").GetBoolean());

        var loaded = await PutAsync(host, TestCaller.Admin, $"{Schedules}/2027", Schedule2027());

        Assert.Equal(HttpStatusCode.Created, loaded.Status);
        // The 调休 Saturday 6 March is the fifth working day now.
        var dispute = await host.GetAsync(TestCaller.Citizen, $"/api/governance/labour-disputes/{disputeId}");
        Assert.Equal(new DateTimeOffset(2027, 3, 7, 0, 0, 0, TimeSpan.FromHours(8)), dispute.GetProperty("acceptanceDueAt").GetDateTimeOffset());
        Assert.False(dispute.GetProperty("provisional").GetBoolean());
        var guidance = await host.GetAsync(officerScj, $"/api/governance/guidance/{guidanceId}");
        Assert.Equal(new DateTimeOffset(2027, 3, 7, 0, 0, 0, TimeSpan.FromHours(8)), guidance.GetProperty("selfCorrectionDueAt").GetDateTimeOffset());
        Assert.False(guidance.GetProperty("provisional").GetBoolean());
        var hazard = await host.GetAsync(officerAjj, $"/api/governance/hazards/{hazardId}");
        Assert.True(hazard.GetProperty("rectificationDueAt").GetDateTimeOffset() < reported.GetProperty("rectificationDueAt").GetDateTimeOffset(),
            $"{reported.GetProperty("rectificationDueAt")} → {hazard.GetProperty("rectificationDueAt")}");
        Assert.False(hazard.GetProperty("provisional").GetBoolean());
        foreach (var (eventType, idProperty, id, auditAction) in new[]
        {
            ("LabourDisputeDeadlineChanged", "disputeId", disputeId, "labour-dispute.deadline-recomputed"),
            ("GuidanceDeadlineChanged", "guidanceId", guidanceId, "guidance.deadline-recomputed"),
            ("HazardDeadlineChanged", "hazardId", hazardId, "hazard.deadline-recomputed"),
        })
        {
            Assert.Equal(1, await host.ScalarAsync(
                $"SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.{eventType},%' AND payload::jsonb->>'{idProperty}' = '{id}'"));
            Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE action = '{auditAction}' AND resource_id = '{id}'"));
        }
    }

    [Fact]
    public async Task Bad_schedules_name_the_field_and_only_an_administrator_may_load_one()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: March2027);
        var weekdayWorked = await PutAsync(host, TestCaller.Admin, $"{Schedules}/2027", Schedule2027(makeUpSaturday: "2027-03-08"));
        var outsideTheYear = await PutAsync(host, TestCaller.Admin, $"{Schedules}/2027", Schedule2027(makeUpSaturday: "2028-01-08"));
        var duplicate = await PutAsync(host, TestCaller.Admin, $"{Schedules}/2027", new
        {
            notice = "重复日期",
            holidays = new[] { new { name = "元旦", daysOff = new[] { "2027-01-01" } }, new { name = "春节", daysOff = new[] { "2027-01-01" } } },
        });
        var gap = await PutAsync(host, TestCaller.Admin, $"{Schedules}/2029", Schedule2027());
        var byDispatcher = await PutAsync(host, TestCaller.Dispatcher, $"{Schedules}/2027", Schedule2027());

        Assert.Equal(HttpStatusCode.BadRequest, weekdayWorked.Status);
        Assert.True(weekdayWorked.Body.GetProperty("errors").TryGetProperty("holidays[1].makeUpWorkdays[0]", out _), weekdayWorked.Body.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, outsideTheYear.Status);
        Assert.True(outsideTheYear.Body.GetProperty("errors").TryGetProperty("holidays[1].makeUpWorkdays[0]", out _), outsideTheYear.Body.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.Status);
        Assert.True(duplicate.Body.GetProperty("errors").TryGetProperty("holidays[1].daysOff[0]", out _), duplicate.Body.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, gap.Status);
        Assert.True(gap.Body.GetProperty("errors").TryGetProperty("year", out _), gap.Body.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, byDispatcher.Status);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.holiday_schedules"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages"));
    }

    [Fact]
    public async Task From_1_November_an_unconfirmed_next_year_is_logged_as_a_warning_and_readiness_is_degraded()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: new DateTimeOffset(2027, 10, 31, 23, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal("Healthy", await HolidayCheckAsync(host));

        host.Clock!.Advance(TimeSpan.FromHours(2));
        Assert.True(await host.Primary.Services.RunScheduledJobOnceAsync<HolidayScheduleWarningJob, GovernanceContext>());

        Assert.Equal("Degraded", await HolidayCheckAsync(host));
        Assert.Contains(host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Text.Contains("2028", StringComparison.Ordinal));
    }

    private static async Task<string?> HolidayCheckAsync(GovernanceHost host)
    {
        using var client = host.Anonymous();
        var response = await client.GetAsync("/health");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("checks").GetProperty(HolidayScheduleWatch.HealthCheckName).GetProperty("status").GetString();
    }
}
