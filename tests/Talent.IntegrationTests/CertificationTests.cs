using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

[Collection(TalentServersCollection.Name)]
public sealed class CertificationTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task An_approved_certification_counts_for_the_firm_and_publishes_TalentCertified()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var firm = talent.Client(TestCaller.FirmA);
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        var before = await CountsAsync(firm, TestTokens.FirmACreditCode);

        var id = await SubmitAsync(firm, 31, "B");
        // Submitted is not yet certified: the count does not move.
        Assert.Equal(before, await CountsAsync(firm, TestTokens.FirmACreditCode));
        var approved = await TalentHost.JsonAsync(await officer.PostAsJsonAsync($"/api/talent/certifications/{id}/approve", new { note = "材料齐全，符合B类认定条件" }), HttpStatusCode.OK);

        Assert.Equal("Certified", approved.GetProperty("status").GetString());
        var after = await CountsAsync(firm, TestTokens.FirmACreditCode);
        Assert.Equal(before.HighLevel + 1, after.HighLevel);
        Assert.Equal(before.B + 1, after.B);
        Assert.Equal(1, await talent.WaitForPublishedAsync("TalentCertified", 1));
        var payload = JsonDocument.Parse(await talent.ScalarTextAsync("SELECT payload::text FROM talent.outbox_messages WHERE event_type LIKE '%TalentCertified%'")).RootElement;
        Assert.Equal(id, payload.GetProperty("certificationId").GetGuid());
        Assert.Equal(TestTokens.FirmACreditCode, payload.GetProperty("employerCreditCode").GetString());
        Assert.Equal("B", payload.GetProperty("tier").GetString());
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.audit_records WHERE action = 'certification.certified' AND resource_id = '{id}'"));

        // Reviewed once: a second approval or a rejection is a 409 and publishes nothing more.
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/talent/certifications/{id}/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/talent/certifications/{id}/reject", new { note = "重复" })).StatusCode);
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.outbox_messages WHERE event_type LIKE '%TalentCertified%'"));
    }

    [Fact]
    public async Task A_rejected_request_does_not_count_and_publishes_nothing()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var firm = talent.Client(TestCaller.FirmA);
        using var admin = talent.Client(TestCaller.Admin);
        var id = await SubmitAsync(firm, 32, "C");

        var missingNote = await admin.PostAsJsonAsync($"/api/talent/certifications/{id}/reject", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missingNote.StatusCode);
        await TalentHost.JsonAsync(await admin.PostAsJsonAsync($"/api/talent/certifications/{id}/reject", new { note = "缺少省级人才计划入选证明" }), HttpStatusCode.OK);

        Assert.Equal(0, (await CountsAsync(firm, TestTokens.FirmACreditCode)).HighLevel);
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.outbox_messages"));
    }

    [Fact]
    public async Task Firms_see_only_their_own_certifications_and_counts()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var firmA = talent.Client(TestCaller.FirmA);
        using var firmB = talent.Client(TestCaller.FirmB);
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        var id = await SubmitAsync(firmA, 33, "D");

        Assert.Equal(HttpStatusCode.NotFound, (await firmB.GetAsync($"/api/talent/certifications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await firmB.GetAsync($"/api/talent/firms/{TestTokens.FirmACreditCode}/talent-counts")).StatusCode);
        var listB = await TalentHost.JsonAsync(await firmB.GetAsync("/api/talent/certifications"), HttpStatusCode.OK);
        Assert.Equal(0, listB.GetProperty("count").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, (await firmA.PostAsJsonAsync($"/api/talent/certifications/{id}/approve", new { })).StatusCode);
        await TalentHost.JsonAsync(await officer.GetAsync($"/api/talent/firms/{TestTokens.FirmACreditCode}/talent-counts"), HttpStatusCode.OK);
        await TalentHost.JsonAsync(await officer.GetAsync($"/api/talent/certifications/{id}"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bad_certification_input_is_a_400_naming_each_field()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var firm = talent.Client(TestCaller.FirmA);

        var response = await firm.PostAsJsonAsync("/api/talent/certifications", new { personName = "", residentIdNumber = "123", tier = "Z", basis = "博士" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await talent.ScalarAsync("SELECT count(*) FROM talent.certifications"));
    }

    [Fact]
    public async Task Demo_data_gives_the_zone_172_high_level_talents_per_10000_people_and_6_landed_projects()
    {
        await using var talent = await TalentHost.StartAsync(servers, new Dictionary<string, string> { ["DemoData:Enabled"] = "true" });
        using var anonymous = talent.Anonymous();

        var statistics = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/statistics/talents"), HttpStatusCode.OK);
        var competition = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/competition/summary"), HttpStatusCode.OK);
        var points = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/service-points/summary"), HttpStatusCode.OK);

        Assert.Equal(172m, Math.Floor(statistics.GetProperty("highLevelPerTenThousand").GetDecimal()));
        Assert.Equal(6, competition.GetProperty("landed").GetInt32());
        Assert.InRange(competition.GetProperty("talentsIntroducedByLanded").GetInt32(), 18, 20);
        Assert.InRange(points.GetProperty("jobSeekersServed").GetInt64(), 9_000, 9_999);
        Assert.True(points.GetProperty("provinces").GetInt32() >= 5);
    }

    private static async Task<Guid> SubmitAsync(HttpClient firm, int person, string tier) =>
        await TalentHost.IdOfAsync(await firm.PostAsJsonAsync("/api/talent/certifications", new
        {
            personName = "黄思源",
            residentIdNumber = TalentHost.ResidentId(person),
            tier,
            basis = "国家级重大人才计划青年项目入选者，博士",
        }), HttpStatusCode.Created);

    private static async Task<(int HighLevel, int B)> CountsAsync(HttpClient client, string creditCode)
    {
        var counts = await TalentHost.JsonAsync(await client.GetAsync($"/api/talent/firms/{creditCode}/talent-counts"), HttpStatusCode.OK);
        var b = counts.GetProperty("byTier").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == "B").GetProperty("count").GetInt32();
        return (counts.GetProperty("highLevel").GetInt32(), b);
    }
}
