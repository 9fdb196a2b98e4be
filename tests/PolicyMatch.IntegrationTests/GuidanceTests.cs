using System.Net;
using System.Net.Http.Json;
using PolicyMatch.IntegrationTests.Infrastructure;
using static PolicyMatch.IntegrationTests.Infrastructure.PolicyHost;

namespace PolicyMatch.IntegrationTests;

/// <summary>申报辅导: an officer records guiding a firm to apply for a policy's funds; the year's metric follows it to the money.</summary>
[Collection(PlatformServersCollection.Name)]
public sealed class GuidanceTests(PlatformServersFixture servers)
{
    private const string Guided = "SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.ApplicationGuided,%'";

    [Fact]
    public async Task An_officer_records_guidance_once_per_key_and_once_per_firm_policy_and_year_with_its_event_and_audit()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州清濛辅导测试有限公司");
        await policy.RegisterAsync(firm, new { inventionPatents = 6, creditStanding = "A" });
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        var body = new { creditCode = firm.CreditCode, policyCode = "QM-KJ-007", guidedOn = today, notes = "讲解申报材料：专利证书、缴费凭证" };
        var created = await EnsureAsync(await Post(officer, body, "guide-1"), HttpStatusCode.Created);
        Assert.Equal(firm.CreditCode, created.GetProperty("creditCode").GetString());
        Assert.Equal("policy-officer-1", created.GetProperty("guidedBy").GetString());
        var again = await EnsureAsync(await Post(officer, body, "guide-1"), HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());

        var twice = await EnsureAsync(await Post(officer, body, "guide-2"), HttpStatusCode.Conflict);
        Assert.Equal("policyCode", twice.GetProperty("field").GetString());

        Assert.Equal(1, await policy.ScalarAsync($"{Guided} AND payload::text LIKE '%{firm.CreditCode}%' AND payload::text LIKE '%QM-KJ-007%'"));
        Assert.Equal(1, await policy.ScalarAsync("SELECT count(*) FROM policy.audit_records WHERE action = 'guidance.recorded'"));
    }

    [Fact]
    public async Task Guidance_names_the_field_at_fault_and_only_officers_record_it()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州清濛辅导校验有限公司");
        await policy.RegisterAsync(firm, new { creditStanding = "A" });
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        var badCode = await EnsureAsync(await Post(officer, new { creditCode = "91350500MA31GJ8K7X", policyCode = "QM-KJ-007", guidedOn = today }), HttpStatusCode.BadRequest);
        Assert.True(badCode.GetProperty("errors").TryGetProperty("creditCode", out _), badCode.ToString());
        var unknownFirm = NewFirm();
        var notRegistered = await EnsureAsync(await Post(officer, new { creditCode = unknownFirm.CreditCode, policyCode = "QM-KJ-007", guidedOn = today }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("creditCode", notRegistered.GetProperty("field").GetString());
        var unknownPolicy = await EnsureAsync(await Post(officer, new { creditCode = firm.CreditCode, policyCode = "QM-XX-999", guidedOn = today }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("policyCode", unknownPolicy.GetProperty("field").GetString());
        var future = await EnsureAsync(await Post(officer, new { creditCode = firm.CreditCode, policyCode = "QM-KJ-007", guidedOn = today.AddDays(2) }), HttpStatusCode.BadRequest);
        Assert.Equal("guidedOn", future.GetProperty("field").GetString());

        using var firmClient = policy.Client(firm);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(firmClient, new { creditCode = firm.CreditCode, policyCode = "QM-KJ-007", guidedOn = today })).StatusCode);
        Assert.Equal(0, await policy.ScalarAsync(Guided));
    }

    [Fact]
    public async Task A_firm_admin_lists_only_its_own_guidance_and_officers_list_any_year_and_firm()
    {
        await using var policy = await StartAsync(servers);
        var firmA = NewFirm("泉州清濛甲公司") with { IsFirmAdmin = true };
        var firmB = NewFirm("泉州清濛乙公司") with { IsFirmAdmin = true };
        await policy.RegisterAsync(firmA, new { creditStanding = "A" });
        await policy.RegisterAsync(firmB, new { creditStanding = "A" });
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        await EnsureAsync(await Post(officer, new { creditCode = firmA.CreditCode, policyCode = "QM-KJ-007", guidedOn = new DateOnly(2025, 4, 1) }), HttpStatusCode.Created);
        await EnsureAsync(await Post(officer, new { creditCode = firmA.CreditCode, policyCode = "QM-KJ-004", guidedOn = new DateOnly(2025, 5, 1) }), HttpStatusCode.Created);
        await EnsureAsync(await Post(officer, new { creditCode = firmB.CreditCode, policyCode = "QM-KJ-007", guidedOn = new DateOnly(2025, 6, 1) }), HttpStatusCode.Created);

        var all = await EnsureAsync(await officer.GetAsync("/api/policy/guidance?year=2025&pageSize=2"), HttpStatusCode.OK);
        Assert.Equal(3, all.GetProperty("count").GetInt32());
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
        var ofB = await EnsureAsync(await officer.GetAsync($"/api/policy/guidance?creditCode={firmB.CreditCode}"), HttpStatusCode.OK);
        Assert.Equal(1, ofB.GetProperty("count").GetInt32());

        using var a = policy.Client(firmA);
        var own = await EnsureAsync(await a.GetAsync($"/api/policy/guidance?creditCode={firmB.CreditCode}"), HttpStatusCode.OK);
        Assert.Equal(2, own.GetProperty("count").GetInt32());
        Assert.All(own.GetProperty("items").EnumerateArray(), g => Assert.Equal(firmA.CreditCode, g.GetProperty("creditCode").GetString()));

        using var staff = policy.Client(NewFirm("泉州清濛甲公司") with { IsFirmAdmin = false });
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/policy/guidance")).StatusCode);
    }

    [Fact]
    public async Task The_guided_applications_metric_counts_projects_then_applied_for_approved_and_paid()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州清濛指标测试有限公司");
        await policy.RegisterAsync(firm, new { inventionPatents = 6, creditStanding = "A" });
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await EnsureAsync(await Post(officer, new { creditCode = firm.CreditCode, policyCode = "QM-KJ-007", guidedOn = today }), HttpStatusCode.Created);
        await EnsureAsync(await Post(officer, new { creditCode = firm.CreditCode, policyCode = "QM-KJ-004", guidedOn = today }), HttpStatusCode.Created);

        var before = await EnsureAsync(await officer.GetAsync($"/api/policy/metrics/guided-applications?year={today.Year}"), HttpStatusCode.OK);
        Assert.Equal((2, 0, 0, 0m), (before.GetProperty("guided").GetInt32(), before.GetProperty("applied").GetInt32(), before.GetProperty("approved").GetInt32(), before.GetProperty("amountPaid").GetDecimal()));

        using var client = policy.Client(firm);
        var applied = await EnsureAsync(await client.PostAsJsonAsync("/api/policy/claims", new { policyCode = "QM-KJ-007" }), HttpStatusCode.Created);
        var claimId = applied.GetProperty("claim").GetProperty("id").GetGuid();
        await EnsureAsync(await officer.PostAsync($"/api/policy/claims/{claimId}/approve", null), HttpStatusCode.OK);

        var after = await EnsureAsync(await officer.GetAsync($"/api/policy/metrics/guided-applications?year={today.Year}"), HttpStatusCode.OK);
        Assert.Equal((2, 1, 1, 50_000m), (after.GetProperty("guided").GetInt32(), after.GetProperty("applied").GetInt32(), after.GetProperty("approved").GetInt32(), after.GetProperty("amountPaid").GetDecimal()));

        foreach (var query in new[] { "", "?year=", "?year=1999", "?year=abc" })
        {
            var refused = await EnsureAsync(await officer.GetAsync($"/api/policy/metrics/guided-applications{query}"), HttpStatusCode.BadRequest);
            Assert.True(refused.TryGetProperty("errors", out var errors) && errors.TryGetProperty("year", out _), refused.ToString());
        }
        using var firmClient = policy.Client(firm);
        Assert.Equal(HttpStatusCode.Forbidden, (await firmClient.GetAsync($"/api/policy/metrics/guided-applications?year={today.Year}")).StatusCode);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/policy/guidance") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return client.SendAsync(request);
    }
}
