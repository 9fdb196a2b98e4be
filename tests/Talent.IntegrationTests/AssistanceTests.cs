using System.Net;
using System.Net.Http.Json;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

[Collection(TalentServersCollection.Name)]
public sealed class AssistanceTests(PlatformServersFixture servers)
{
    private static readonly string[] LivingMaterials = ["户口簿", "家庭收入及财产状况申报表"];
    private static readonly string[] TemporaryMaterials = ["临时救助申请书", "困难情况说明"];

    [Fact]
    public async Task An_application_is_approved_then_paid_once_and_every_illegal_step_is_a_409_naming_the_state()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        var household = await WelfareRegisterTests.RegisterAsync(officer, 201);
        var id = await SubmitAsync(officer, household, "Living", 3_000, LivingMaterials);

        var early = await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/payment", new { amount = 100, reference = "QZB-20260001" }), HttpStatusCode.Conflict);
        Assert.Equal("Submitted", early.GetProperty("currentState").GetString());
        var approved = await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/approve", new { amount = 2_500, note = "按低保边缘标准核定" }), HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(2_500m, approved.GetProperty("approvedAmount").GetDecimal());

        var tooMuch = await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/payment", new { amount = 2_600, reference = "QZB-20260001" });
        await WelfareRegisterTests.AssertFieldAsync(tooMuch, "amount", HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.assistance_payments"));

        var paid = await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/payment", new { amount = 2_500, reference = "QZB-20260001" }), HttpStatusCode.OK);
        var retried = await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/payment", new { amount = 2_500, reference = "QZB-20260001" }), HttpStatusCode.OK);
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        Assert.Equal(paid.GetProperty("payment").GetProperty("id").GetGuid(), retried.GetProperty("payment").GetProperty("id").GetGuid());

        var otherReference = await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/payment", new { amount = 2_500, reference = "QZB-20260002" }), HttpStatusCode.Conflict);
        Assert.Equal("Paid", otherReference.GetProperty("currentState").GetString());
        var approveAgain = await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/approve", new { amount = 100 }), HttpStatusCode.Conflict);
        Assert.Equal("Paid", approveAgain.GetProperty("currentState").GetString());
        var rejectPaid = await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/reject", new { reason = "材料不实" }), HttpStatusCode.Conflict);
        Assert.Equal("Paid", rejectPaid.GetProperty("currentState").GetString());

        // A rejected application cannot be approved or paid; a used bank reference cannot pay another application.
        var second = await SubmitAsync(officer, household, "Living", 1_000, LivingMaterials);
        await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{second}/reject", new { reason = "本月已足额发放生活救助" }), HttpStatusCode.OK);
        Assert.Equal("Rejected", (await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{second}/approve", new { amount = 500 }), HttpStatusCode.Conflict)).GetProperty("currentState").GetString());
        var third = await SubmitAsync(officer, household, "Living", 1_000, LivingMaterials);
        await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{third}/approve", new { amount = 800 }), HttpStatusCode.OK);
        await WelfareRegisterTests.AssertFieldAsync(
            await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{third}/payment", new { amount = 800, reference = "QZB-20260001" }), "reference", HttpStatusCode.Conflict);

        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.assistance_payments"));
        Assert.Equal(3_300, await talent.ScalarAsync($"SELECT committed::bigint FROM talent.assistance_ledgers WHERE household_id = '{household}' AND type = 'Living'"));
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.audit_records WHERE action = 'welfare.assistance_paid' AND resource_id = '{id}'"));
    }

    [Fact]
    public async Task Bad_applications_are_refused_naming_the_field_and_nothing_is_written()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        var household = await WelfareRegisterTests.RegisterAsync(officer, 202);
        var before = await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records");

        await WelfareRegisterTests.AssertFieldAsync(await Submit(officer, household, "Medical", -500, ["医疗费用票据", "诊断证明", "医保结算单"]), "requestedAmount");
        await WelfareRegisterTests.AssertFieldAsync(await Submit(officer, household, "Medical", 60_000, ["医疗费用票据", "诊断证明", "医保结算单"]), "requestedAmount", HttpStatusCode.UnprocessableEntity);
        var missing = await Submit(officer, household, "Medical", 8_000, ["医疗费用票据"]);
        var problem = await TalentHost.JsonAsync(missing, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("materials", problem.GetProperty("field").GetString());
        Assert.Contains("诊断证明", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("医保结算单", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await WelfareRegisterTests.AssertFieldAsync(await Submit(officer, Guid.CreateVersion7(), "Temporary", 500, TemporaryMaterials), "householdId", HttpStatusCode.UnprocessableEntity);

        var id = await SubmitAsync(officer, household, "Temporary", 1_000, TemporaryMaterials);
        await WelfareRegisterTests.AssertFieldAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/approve", new { amount = -1 }), "amount");
        await WelfareRegisterTests.AssertFieldAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/approve", new { amount = 1_500 }), "amount", HttpStatusCode.UnprocessableEntity);

        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.assistance_applications"));
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.assistance_applications WHERE status <> 'Submitted'"));
        Assert.Equal(0, await talent.ScalarAsync("SELECT coalesce(sum(committed), 0)::bigint FROM talent.assistance_ledgers"));
        Assert.Equal(before + 1, await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records"));

        // A household that left the register cannot apply.
        await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/households/{household}/exit", new { reason = "OutOfDifficulty", note = "脱困" }), HttpStatusCode.OK);
        await WelfareRegisterTests.AssertFieldAsync(await Submit(officer, household, "Temporary", 500, TemporaryMaterials), "householdId", HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Parallel_approvals_never_take_a_household_past_its_annual_cap()
    {
        // 临时救助: 6,000 yuan per household per year. Eight applications of 2,000 approved at once: three fit.
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        var household = await WelfareRegisterTests.RegisterAsync(officer, 203);
        var applications = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            applications.Add(await SubmitAsync(officer, household, "Temporary", 2_000, TemporaryMaterials));
        }
        var clients = applications.Select(_ => talent.Client(TalentHost.WelfareOfficer)).ToList();

        using var start = new SemaphoreSlim(0);
        var attempts = applications.Select(async (id, i) =>
        {
            await start.WaitAsync();
            return (await clients[i].PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/approve", new { amount = 2_000 })).StatusCode;
        }).ToList();
        start.Release(applications.Count);
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(3, outcomes.Count(s => s == HttpStatusCode.OK));
        Assert.All(outcomes.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.UnprocessableEntity, s));
        Assert.Equal(6_000, await talent.ScalarAsync($"SELECT coalesce(sum(approved_amount), 0)::bigint FROM talent.assistance_applications WHERE household_id = '{household}'"));
        Assert.Equal(6_000, await talent.ScalarAsync($"SELECT committed::bigint FROM talent.assistance_ledgers WHERE household_id = '{household}' AND type = 'Temporary'"));
        Assert.Equal(5, await talent.ScalarAsync("SELECT count(*) FROM talent.assistance_applications WHERE status = 'Submitted'"));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    private static Task<HttpResponseMessage> Submit(HttpClient officer, Guid household, string type, decimal amount, string[] materials) =>
        officer.PostAsJsonAsync("/api/talent/welfare/assistance/applications", new
        {
            householdId = household,
            type,
            requestedAmount = amount,
            reason = "户主因工受伤停工三个月，家庭无其他收入来源",
            materials,
        });

    private static async Task<Guid> SubmitAsync(HttpClient officer, Guid household, string type, decimal amount, string[] materials) =>
        await TalentHost.IdOfAsync(await Submit(officer, household, type, amount, materials), HttpStatusCode.Created);
}
