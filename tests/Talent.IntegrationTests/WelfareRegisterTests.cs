using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Jobs;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

[Collection(TalentServersCollection.Name)]
public sealed class WelfareRegisterTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_household_is_reviewed_leaves_the_register_and_re_enters_with_its_history_and_audit_trail()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        var id = await RegisterAsync(officer, 101);

        var reviewed = await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/households/{id}/reviews",
            new { membersCount = 4, difficultyType = "Illness", incomePerCapita = 650, note = "户主确诊慢性肾病，收入下降" }), HttpStatusCode.OK);
        Assert.Equal("Illness", reviewed.GetProperty("difficultyType").GetString());
        Assert.Equal("因病致困", reviewed.GetProperty("difficultyLabel").GetString());
        Assert.Equal(ChinaToday().AddMonths(6), DateOnly.Parse(reviewed.GetProperty("nextReviewDue").GetString()!));

        var exited = await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/households/{id}/exit",
            new { reason = "OutOfDifficulty", note = "户主病愈返岗，家庭人均收入超过低保边缘标准，脱困" }), HttpStatusCode.OK);
        Assert.Equal("Exited", exited.GetProperty("status").GetString());

        // Illegal transitions: a 409 naming the current state, and nothing written.
        var review = await officer.PostAsJsonAsync($"/api/talent/welfare/households/{id}/reviews", new { membersCount = 4, difficultyType = "Illness", incomePerCapita = 900 });
        var problem = await TalentHost.JsonAsync(review, HttpStatusCode.Conflict);
        Assert.Equal("Exited", problem.GetProperty("currentState").GetString());
        var exitAgain = await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/households/{id}/exit", new { reason = "MovedAway", note = "迁出" }), HttpStatusCode.Conflict);
        Assert.Equal("Exited", exitAgain.GetProperty("currentState").GetString());
        var again = await officer.PostAsJsonAsync("/api/talent/welfare/households", HouseholdBody(101));
        var known = await TalentHost.JsonAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(id, known.GetProperty("householdId").GetGuid());
        Assert.True(known.GetProperty("errors").TryGetProperty("residentIdNumber", out _));

        var reEntered = await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/households/{id}/re-entry", new
        {
            membersCount = 4, difficultyType = "Unemployment", incomePerCapita = 480, address = "清濛园区清濛大道生活区3栋502", phone = "13905951234", note = "企业停产，户主失业",
        }), HttpStatusCode.OK);
        Assert.Equal("Registered", reEntered.GetProperty("status").GetString());
        Assert.Equal(2, reEntered.GetProperty("entries").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/talent/welfare/households/{id}/re-entry", new
        {
            membersCount = 4, difficultyType = "Unemployment", incomePerCapita = 480, address = "清濛园区清濛大道生活区3栋502", phone = "13905951234",
        })).StatusCode);

        var detail = await TalentHost.JsonAsync(await officer.GetAsync($"/api/talent/welfare/households/{id}"), HttpStatusCode.OK);
        Assert.Equal(["Registered", "Reviewed", "Exited", "ReEntered"],
            detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()!).ToArray());
        Assert.Equal("OutOfDifficulty", detail.GetProperty("history")[2].GetProperty("exitReason").GetString());
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.welfare_households"));
        Assert.Equal(4, await talent.ScalarAsync($"SELECT count(*) FROM talent.audit_records WHERE resource_type = 'welfare_household' AND resource_id = '{id}'"));
    }

    [Fact]
    public async Task Bad_registrations_are_400s_naming_the_field_and_nothing_is_written()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        var badCheck = TalentHost.ResidentId(102)[..17] + (TalentHost.ResidentId(102)[17] == '0' ? '1' : '0');

        await AssertFieldAsync(await officer.PostAsJsonAsync("/api/talent/welfare/households", HouseholdBody(102, residentId: badCheck)), "residentIdNumber");
        await AssertFieldAsync(await officer.PostAsJsonAsync("/api/talent/welfare/households", HouseholdBody(102, income: -100)), "incomePerCapita");
        await AssertFieldAsync(await officer.PostAsJsonAsync("/api/talent/welfare/households", HouseholdBody(102, members: 0)), "membersCount");
        await AssertFieldAsync(await officer.PostAsJsonAsync("/api/talent/welfare/households", HouseholdBody(102, employer: "91350100M000100Y44")), "employerCreditCode");

        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.welfare_households"));
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records"));
    }

    [Fact]
    public async Task The_heads_resident_ID_is_in_clear_for_welfare_officers_only_and_never_logged()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        using var admin = talent.Client(TestCaller.Admin);
        var id = await RegisterAsync(officer, 103);
        var residentId = TalentHost.ResidentId(103);

        var asOfficer = await TalentHost.JsonAsync(await officer.GetAsync($"/api/talent/welfare/households/{id}"), HttpStatusCode.OK);
        Assert.Equal(residentId, asOfficer.GetProperty("household").GetProperty("residentIdNumber").GetString());
        Assert.Equal("黄秀英", asOfficer.GetProperty("household").GetProperty("headName").GetString());

        var asAdmin = await TalentHost.JsonAsync(await admin.GetAsync("/api/talent/welfare/households"), HttpStatusCode.OK);
        var row = asAdmin.GetProperty("items")[0];
        Assert.Equal(residentId[..3] + "***********" + residentId[^4..], row.GetProperty("residentIdNumber").GetString());
        Assert.Equal("黄*英", row.GetProperty("headName").GetString());
        Assert.DoesNotContain(residentId, asAdmin.ToString(), StringComparison.Ordinal);

        // Another department's officer, policy officers, firms and citizens do not reach the register at all.
        foreach (var caller in new[] { TestCaller.DepartmentOfficer, TestCaller.PolicyOfficer, TestCaller.FirmA, TestCaller.Citizen })
        {
            using var client = talent.Client(caller);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/talent/welfare/households/{id}")).StatusCode);
        }
        Assert.DoesNotContain(talent.Host.Logs.Lines, line => line.Contains(residentId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_reminders_go_once_per_due_date_and_overdue_reviews_are_flagged()
    {
        // Monthly reviews reminded 90 days ahead: every new entry is due for its reminder at once.
        await using var talent = await TalentHost.StartAsync(servers, new Dictionary<string, string>
        {
            ["Talent:WelfareReviewMonths"] = "1",
            ["Talent:WelfareReviewReminderDaysBefore"] = "90",
        });
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        var dueSoon = await RegisterAsync(officer, 104);
        var overdue = await RegisterAsync(officer, 105);
        var exited = await RegisterAsync(officer, 106);
        await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/households/{exited}/exit", new { reason = "MovedAway", note = "全家迁回原籍" }), HttpStatusCode.OK);
        await talent.ExecuteAsync($"UPDATE talent.welfare_households SET next_review_due = next_review_due - 60 WHERE id = '{overdue}'");

        Assert.True(await talent.Host.Services.RunScheduledJobOnceAsync<WelfareReviewReminderJob, TalentContext>());
        Assert.True(await talent.Host.Services.RunScheduledJobOnceAsync<WelfareReviewReminderJob, TalentContext>());

        Assert.Equal(2, await talent.ScalarAsync("SELECT count(*) FROM talent.notification_messages WHERE category = 'welfare-review'"));
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.notification_messages WHERE key LIKE 'welfare-review:{dueSoon}:%' AND recipient = 'officer-mzj'"));
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.welfare_review_reminders WHERE household_id = '{overdue}' AND overdue AND sent_at IS NOT NULL"));
        Assert.Equal(0, await talent.ScalarAsync($"SELECT count(*) FROM talent.welfare_review_reminders WHERE household_id = '{exited}'"));
        var flagged = await TalentHost.JsonAsync(await officer.GetAsync("/api/talent/welfare/households?reviewOverdue=true"), HttpStatusCode.OK);
        Assert.Equal([overdue], flagged.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray());
        Assert.True(flagged.GetProperty("items")[0].GetProperty("reviewOverdue").GetBoolean());

        // Reviewing sets a new due date, which gets a reminder of its own (once).
        await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/households/{overdue}/reviews",
            new { membersCount = 3, difficultyType = "Dibao", incomePerCapita = 700 }), HttpStatusCode.OK);
        Assert.True(await talent.Host.Services.RunScheduledJobOnceAsync<WelfareReviewReminderJob, TalentContext>());
        Assert.True(await talent.Host.Services.RunScheduledJobOnceAsync<WelfareReviewReminderJob, TalentContext>());
        Assert.Equal(2, await talent.ScalarAsync($"SELECT count(*) FROM talent.notification_messages WHERE key LIKE 'welfare-review:{overdue}:%'"));
        Assert.Equal(0, (await TalentHost.JsonAsync(await officer.GetAsync("/api/talent/welfare/households?reviewOverdue=true"), HttpStatusCode.OK)).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Demo_data_registers_five_households_one_overdue_one_the_demo_citizens_and_a_week_of_slots_for_each_health_service()
    {
        await using var talent = await TalentHost.StartAsync(servers, new Dictionary<string, string> { ["DemoData:Enabled"] = "true" });
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        using var anonymous = talent.Anonymous();

        var register = await TalentHost.JsonAsync(await officer.GetAsync("/api/talent/welfare/households"), HttpStatusCode.OK);
        var overdue = await TalentHost.JsonAsync(await officer.GetAsync("/api/talent/welfare/households?reviewOverdue=true"), HttpStatusCode.OK);
        var services = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/welfare/health-services"), HttpStatusCode.OK);
        var homeVisit = services.EnumerateArray().First(s => s.GetProperty("code").GetString() == "HV-01").GetProperty("id").GetGuid();
        var slots = await TalentHost.JsonAsync(await anonymous.GetAsync($"/api/talent/welfare/health-services/{homeVisit}/slots"), HttpStatusCode.OK);

        Assert.Equal(5, register.GetProperty("count").GetInt64());
        Assert.All(register.GetProperty("items").EnumerateArray(),
            h => Assert.True(Qingmeng.ServiceDefaults.Validation.ResidentIdNumber.IsValid(h.GetProperty("residentIdNumber").GetString()), h.ToString()));
        Assert.Equal(["王建国"], overdue.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("headName").GetString()!).ToArray());
        Assert.Equal(5, services.GetArrayLength());
        Assert.Equal(14, slots.GetArrayLength());

        // The identity service's demo citizen (citizen.chen, 陈志强) heads one of them and can apply for it.
        using var demoCitizen = talent.Client(new TestCaller("citizen-chen", "陈志强", [PlatformRoles.Citizen]) { ResidentIdNumber = "350503198806122318" });
        var applied = await TalentHost.JsonAsync(await demoCitizen.PostAsJsonAsync("/api/talent/welfare/assistance/mine",
            new { type = "Temporary", requestedAmount = 1_000, reason = "家中老人住院，医药费支出大", materials = new[] { "临时救助申请书", "困难情况说明" } }), HttpStatusCode.Created);
        Assert.Contains(register.GetProperty("items").EnumerateArray(), h => h.GetProperty("id").GetGuid() == applied.GetProperty("householdId").GetGuid());
    }

    internal static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    internal static object HouseholdBody(int person, string? residentId = null, decimal income = 520, int members = 3, string? employer = null) => new
    {
        headName = "黄秀英",
        residentIdNumber = residentId ?? TalentHost.ResidentId(person),
        phone = "13905951234",
        membersCount = members,
        difficultyType = "SingleParent",
        employerCreditCode = employer ?? TestTokens.FirmACreditCode,
        address = "清濛园区清濛大道生活区3栋502",
        incomePerCapita = income,
        note = "单亲母亲抚养两名在读子女，企业流水线普工",
    };

    internal static async Task<Guid> RegisterAsync(HttpClient officer, int person) =>
        await TalentHost.IdOfAsync(await officer.PostAsJsonAsync("/api/talent/welfare/households", HouseholdBody(person)), HttpStatusCode.Created);

    internal static async Task AssertFieldAsync(HttpResponseMessage response, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var problem = await TalentHost.JsonAsync(response, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}
