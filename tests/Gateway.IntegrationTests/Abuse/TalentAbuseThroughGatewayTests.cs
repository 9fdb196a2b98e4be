using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.IntegrationTests.Abuse;

/// <summary>
/// Talent's trust boundaries seen from outside, with real tokens from the identity service: a citizen is the person
/// their token names, and a hire (which counts towards the firm's 本年度新招用员工 in policy-match) needs an applicant.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TalentAbuseThroughGatewayTests(PlatformFixture platform)
{
    /// <summary>citizen.chen's own resident ID (the identity service's demo account; fictitious).</summary>
    private const string ChenResidentId = "350503198806122318";

    /// <summary>A valid resident ID of somebody else.</summary>
    private const string SomeoneElsesResidentId = "350582199001010028";

    [Fact]
    public async Task A_citizen_asking_apartment_eligibility_for_someone_elses_id_is_refused()
    {
        using var citizen = await platform.ClientForAsync("citizen.chen");

        var someoneElse = await GatewayCalls.ExpectAsync(
            await citizen.PostAsJsonAsync("/api/talent/apartments/eligibility", new { residentIdNumber = SomeoneElsesResidentId }), HttpStatusCode.Forbidden);
        var own = await GatewayCalls.ExpectAsync(
            await citizen.PostAsJsonAsync("/api/talent/apartments/eligibility", new { residentIdNumber = ChenResidentId }), HttpStatusCode.OK);

        Assert.Equal("residentIdNumber", someoneElse.GetProperty("field").GetString());
        Assert.True(own.TryGetProperty("outcome", out _), own.ToString());
    }

    [Fact]
    public async Task A_firm_confirming_a_hire_for_someone_who_never_applied_is_refused_and_newHires_does_not_move()
    {
        using var firm = await platform.ClientForAsync("jiejia.admin");
        using var citizen = await platform.ClientForAsync("citizen.chen");
        var posting = await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync("/api/talent/jobs", Posting()), HttpStatusCode.Created);
        var postingId = posting.GetProperty("id").GetGuid();
        var newHiresBefore = await NewHiresAsync(firm);
        var hiredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        var invented = await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync("/api/talent/hires",
            new { jobPostingId = postingId, workerName = "李虚构", residentIdNumber = SomeoneElsesResidentId, hiredOn }),
            HttpStatusCode.UnprocessableEntity, HttpStatusCode.NotFound);
        Assert.Equal("residentIdNumber", invented.GetProperty("field").GetString());

        // A real applicant's hire counts exactly once: had the invented one gone through, newHires would be two up.
        await GatewayCalls.ExpectAsync(await citizen.PostAsJsonAsync($"/api/talent/jobs/{postingId}/applications",
            new { applicantName = "陈志强", phone = "13805951234", residentIdNumber = ChenResidentId }), HttpStatusCode.Created);
        var hire = await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync("/api/talent/hires",
            new { jobPostingId = postingId, workerName = "陈志强", residentIdNumber = ChenResidentId, hiredOn }), HttpStatusCode.Created);
        var hireId = hire.GetProperty("id").GetGuid().ToString();
        var fact = await GatewayCalls.WaitForProfileFactAsync(firm, "newHires", f => f.GetProperty("reference").GetString() == hireId, $"from hire {hireId}");
        Assert.Equal(newHiresBefore + 1, fact.GetProperty("value").GetDecimal());
    }

    private static async Task<decimal> NewHiresAsync(HttpClient firm)
    {
        var profile = await GatewayCalls.ExpectAsync(await firm.GetAsync("/api/policy/profiles/me"), HttpStatusCode.OK, HttpStatusCode.NotFound);
        if (profile.ValueKind != JsonValueKind.Object || !profile.TryGetProperty("facts", out var facts))
        {
            return 0;
        }
        return facts.EnumerateArray().Where(f => f.GetProperty("field").GetString() == "newHires")
            .Select(f => f.GetProperty("value").GetDecimal()).FirstOrDefault();
    }

    private static object Posting() => new
    {
        title = "SMT贴片操作工",
        description = "负责SMT产线上料、巡检与首件确认，两班倒，包食宿。",
        organizationName = "泉州杰嘉电子有限公司",
        validThrough = DateTimeOffset.UtcNow.AddDays(30),
        employmentType = "FullTime",
        streetAddress = "智能产业园12号厂房",
        addressLocality = "清濛园区",
        addressRegion = "福建省",
        salaryMin = 5_500m,
        salaryMax = 7_500m,
        salaryUnit = "Month",
        openings = 5,
    };
}
