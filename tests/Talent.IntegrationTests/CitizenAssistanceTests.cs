using System.Net;
using System.Net.Http.Json;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

/// <summary>A citizen applies for 救助/帮扶 for their own household (found from the verified resident ID on the token) and follows it.</summary>
[Collection(TalentServersCollection.Name)]
public sealed class CitizenAssistanceTests(PlatformServersFixture servers)
{
    private const string Mine = "/api/talent/welfare/assistance/mine";
    private static readonly string[] LivingMaterials = ["户口簿", "家庭收入及财产状况申报表"];

    [Fact]
    public async Task A_citizen_applies_for_their_own_household_and_follows_it_to_payment()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        var own = await WelfareRegisterTests.RegisterAsync(officer, 301);
        var someoneElses = await WelfareRegisterTests.RegisterAsync(officer, 302);
        using var citizen = talent.Client(TalentHost.Citizen(301));

        // A household id in the body is not the citizen's to choose: the application is for the caller's own household.
        using var request = new HttpRequestMessage(HttpMethod.Post, Mine)
        {
            Content = JsonContent.Create(new { householdId = someoneElses, type = "Living", requestedAmount = 2_000, reason = "户主失业三个月，家中老人住院", materials = LivingMaterials }),
        };
        request.Headers.Add("Idempotency-Key", "apply-301-1");
        var created = await TalentHost.JsonAsync(await citizen.SendAsync(request), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(own, created.GetProperty("householdId").GetGuid());
        Assert.Equal("Submitted", created.GetProperty("status").GetString());
        Assert.Equal("生活救助", created.GetProperty("typeLabel").GetString());

        // The same request again (a double click, a retried form) is the same application.
        using var again = new HttpRequestMessage(HttpMethod.Post, Mine)
        {
            Content = JsonContent.Create(new { type = "Living", requestedAmount = 2_000, reason = "户主失业三个月，家中老人住院", materials = LivingMaterials }),
        };
        again.Headers.Add("Idempotency-Key", "apply-301-1");
        Assert.Equal(id, (await TalentHost.JsonAsync(await citizen.SendAsync(again), HttpStatusCode.OK)).GetProperty("id").GetGuid());
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.assistance_applications"));
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.audit_records WHERE action = 'welfare.assistance_submitted' AND resource_id = '{id}' AND subject = 'citizen-person-301'"));

        // The officer sees it among the household's applications and decides it as any other.
        var queue = await TalentHost.JsonAsync(await officer.GetAsync($"/api/talent/welfare/assistance/applications?householdId={own}"), HttpStatusCode.OK);
        Assert.Equal(id, queue.GetProperty("items")[0].GetProperty("id").GetGuid());
        await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/approve", new { amount = 1_500 }), HttpStatusCode.OK);
        var approved = (await TalentHost.JsonAsync(await citizen.GetAsync(Mine), HttpStatusCode.OK)).GetProperty("items")[0];
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(1_500m, approved.GetProperty("approvedAmount").GetDecimal());

        await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/assistance/applications/{id}/payment", new { amount = 1_500, reference = "QZB-20263011" }), HttpStatusCode.OK);
        var page = await TalentHost.JsonAsync(await citizen.GetAsync(Mine), HttpStatusCode.OK);
        Assert.Equal(1, page.GetProperty("count").GetInt64());
        var paid = page.GetProperty("items")[0];
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        Assert.Equal(1_500m, paid.GetProperty("payment").GetProperty("amount").GetDecimal());
        Assert.Equal(0, await talent.ScalarAsync($"SELECT count(*) FROM talent.assistance_applications WHERE household_id = '{someoneElses}'"));

        // The migration fills the digest of households registered before with this SQL: it is the platform's digest.
        Assert.Equal(0, await talent.ScalarAsync("""
            SELECT count(*) FROM talent.welfare_households
             WHERE resident_id_digest <> encode(sha256(convert_to('qingmeng-resident-id:' || resident_id_number, 'UTF8')), 'hex')
            """));
    }

    [Fact]
    public async Task Another_citizen_never_sees_the_applications_and_bad_or_householdless_applications_are_refused_naming_the_field()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var officer = talent.Client(TalentHost.WelfareOfficer);
        await WelfareRegisterTests.RegisterAsync(officer, 311);
        var neighbours = await WelfareRegisterTests.RegisterAsync(officer, 312);
        using var applicant = talent.Client(TalentHost.Citizen(311));
        using var neighbour = talent.Client(TalentHost.Citizen(312));
        using var householdless = talent.Client(TalentHost.Citizen(313));
        using var unverified = talent.Client(TestCaller.Citizen);
        await TalentHost.IdOfAsync(await applicant.PostAsJsonAsync(Mine, Body("Living", 2_000, LivingMaterials)), HttpStatusCode.Created);
        var before = await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records");

        // Another citizen, with a household of their own or none, sees none of it.
        Assert.Equal(0, (await TalentHost.JsonAsync(await neighbour.GetAsync(Mine), HttpStatusCode.OK)).GetProperty("count").GetInt64());
        Assert.Equal(0, (await TalentHost.JsonAsync(await householdless.GetAsync(Mine), HttpStatusCode.OK)).GetProperty("count").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, (await neighbour.GetAsync("/api/talent/welfare/assistance/applications")).StatusCode);

        // No household in the register, or no verified resident ID: a problem in Chinese naming what is missing.
        var none = await TalentHost.JsonAsync(await householdless.PostAsJsonAsync(Mine, Body("Living", 2_000, LivingMaterials)), HttpStatusCode.NotFound);
        Assert.Equal("household", none.GetProperty("field").GetString());
        Assert.Contains("困难群众档案", none.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await WelfareRegisterTests.AssertFieldAsync(await unverified.PostAsJsonAsync(Mine, Body("Living", 2_000, LivingMaterials)), "residentIdNumber", HttpStatusCode.Forbidden);

        // The officer's rules: the type's required materials and its annual cap; the fields themselves.
        var missing = await TalentHost.JsonAsync(await neighbour.PostAsJsonAsync(Mine, Body("Medical", 8_000, ["医疗费用票据"])), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("materials", missing.GetProperty("field").GetString());
        Assert.Contains("诊断证明", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await WelfareRegisterTests.AssertFieldAsync(await neighbour.PostAsJsonAsync(Mine, Body("Temporary", 6_500, ["临时救助申请书", "困难情况说明"])), "requestedAmount", HttpStatusCode.UnprocessableEntity);
        await WelfareRegisterTests.AssertFieldAsync(await neighbour.PostAsJsonAsync(Mine, Body(null, 500, LivingMaterials)), "type");
        await WelfareRegisterTests.AssertFieldAsync(await neighbour.PostAsJsonAsync(Mine, Body("Living", 0, LivingMaterials)), "requestedAmount");

        // A household that left the register cannot apply.
        await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/welfare/households/{neighbours}/exit", new { reason = "OutOfDifficulty", note = "脱困" }), HttpStatusCode.OK);
        var before2 = await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records");
        await WelfareRegisterTests.AssertFieldAsync(await neighbour.PostAsJsonAsync(Mine, Body("Living", 2_000, LivingMaterials)), "household", HttpStatusCode.UnprocessableEntity);

        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.assistance_applications"));
        Assert.Equal(before2, await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records"));
        Assert.Equal(before + 1, before2); // only the exit was audited
    }

    private static object Body(string? type, decimal amount, string[] materials) => new
    {
        type,
        requestedAmount = amount,
        reason = "家庭成员因病住院，收入中断",
        materials,
    };
}
