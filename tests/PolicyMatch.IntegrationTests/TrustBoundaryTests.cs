using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyMatch.IntegrationTests.Infrastructure;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Authentication;
using static PolicyMatch.IntegrationTests.Infrastructure.PolicyHost;
using static PolicyMatch.IntegrationTests.PolicyRequests;

namespace PolicyMatch.IntegrationTests;

/// <summary>
/// Issue #15 in policy-match: money moves only on facts an authority asserted (an event, an officer, a verified
/// declaration); a firm's own word goes to an officer's review; certifications come from a closed list.
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class TrustBoundaryTests(PlatformServersFixture servers)
{
    private const string Granted = "SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE '%FirmCertificationGranted%'";

    /// <summary>A second policy officer, so that two different people can decide.</summary>
    private static readonly TestCaller SecondOfficer = new("policy-officer-2", "陈复核", [PlatformRoles.PolicyOfficer]);

    private static async Task PublishTestPolicyAsync(PolicyHost policy, string code, string mode, decimal amount = 100_000m)
    {
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        var terms = Terms(mode: mode, amountRule: new Dictionary<string, object> { ["$type"] = "fixed", ["amount"] = amount });
        await EnsureAsync(await officer.PostAsJsonAsync("/api/policy/policies", Create(code, terms)), HttpStatusCode.Created);
        await EnsureAsync(await officer.PostAsync($"/api/policy/policies/{code}/publish", null), HttpStatusCode.OK);
    }

    private static async Task<JsonElement> ClaimsAsync(HttpClient client, string policyCode) =>
        (await EnsureAsync(await client.GetAsync($"/api/policy/claims?policyCode={policyCode}"), HttpStatusCode.OK)).GetProperty("items");

    private static void AssertNamesField(JsonElement problem, string field) =>
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"expected an error on '{field}': {problem}");

    [Fact]
    public async Task A_firm_writing_facts_an_authority_owns_is_refused_naming_each_field_and_nothing_is_stored_or_offered()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州自证白名单企业有限公司");
        using var client = policy.Client(firm);
        await EnsureAsync(await client.PutAsJsonAsync("/api/policy/profiles/me", new { name = firm.Name }), HttpStatusCode.OK);

        var refused = await EnsureAsync(await client.PutAsJsonAsync("/api/policy/profiles/me/facts",
            new { facts = new { ipWhitelisted = true, loanAmount = 2_000_000, employees = 40 } }), HttpStatusCode.Forbidden);

        AssertNamesField(refused, "facts.ipWhitelisted");
        AssertNamesField(refused, "facts.loanAmount");
        Assert.False(refused.GetProperty("errors").TryGetProperty("facts.employees", out _));
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.profile_fact_changes"));
        Assert.Equal(0, (await ClaimsAsync(client, "QM-JR-002")).GetArrayLength());
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.disbursements"));
    }

    [Fact]
    public async Task A_policy_officer_cannot_assert_facts_that_finance_talent_or_approval_report_by_event()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州代录白名单企业有限公司");
        await policy.RegisterAsync(firm, new { employees = 40 });
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        var before = await policy.ScalarAsync("SELECT count(*) FROM policy.profile_fact_changes");

        var refused = await EnsureAsync(await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts",
            new { facts = new { ipWhitelisted = true, loanAmount = 2_000_000, newHires = 30, projectsReadyForConstruction = 1, annualRevenue = 5_000_000 } }),
            HttpStatusCode.Forbidden);

        AssertNamesField(refused, "facts.ipWhitelisted");
        AssertNamesField(refused, "facts.loanAmount");
        AssertNamesField(refused, "facts.newHires");
        AssertNamesField(refused, "facts.projectsReadyForConstruction");
        Assert.False(refused.GetProperty("errors").TryGetProperty("facts.annualRevenue", out _));
        Assert.Equal(before, await policy.ScalarAsync("SELECT count(*) FROM policy.profile_fact_changes"));
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.disbursements"));
    }

    [Fact]
    public async Task Declared_facts_turn_a_no_application_match_into_a_review_an_officer_decides_not_an_offer_the_firm_confirms()
    {
        await using var policy = await StartAsync(servers);
        await PublishTestPolicyAsync(policy, "QM-TS-011", "NoApplication");
        var firm = NewFirm("泉州自报人数企业有限公司");
        using var client = policy.Client(firm);
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        await EnsureAsync(await client.PutAsJsonAsync("/api/policy/profiles/me", new { name = firm.Name }), HttpStatusCode.OK);

        await EnsureAsync(await client.PutAsJsonAsync("/api/policy/profiles/me/facts", new { facts = new { employees = 30 } }), HttpStatusCode.OK);

        var claim = Assert.Single((await ClaimsAsync(client, "QM-TS-011")).EnumerateArray());
        Assert.Equal("Submitted", claim.GetProperty("status").GetString());
        var id = claim.GetProperty("id").GetGuid();
        await EnsureAsync(await client.PostAsync($"/api/policy/claims/{id}/confirm", null), HttpStatusCode.Conflict);
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.disbursements"));
        // The declaration is shown as such, beside (not instead of) any authoritative value.
        var profile = await EnsureAsync(await client.GetAsync("/api/policy/profiles/me"), HttpStatusCode.OK);
        var declared = Assert.Single(profile.GetProperty("declarations").EnumerateArray());
        Assert.Equal(("employees", "declared"), (declared.GetProperty("field").GetString(), declared.GetProperty("authority").GetString()));

        // The officer checks the declaration, then decides the review: the ledger records on what and by whom.
        var verified = await EnsureAsync(await officer.PostAsync($"/api/policy/profiles/{firm.CreditCode}/declarations/employees/verify", null), HttpStatusCode.OK);
        var fact = Assert.Single(verified.GetProperty("facts").EnumerateArray(), f => f.GetProperty("field").GetString() == "employees");
        Assert.Equal(("authoritative", TestCaller.PolicyOfficer.Subject), (fact.GetProperty("authority").GetString(), fact.GetProperty("verifiedBy").GetString()));
        var paid = await EnsureAsync(await officer.PostAsJsonAsync($"/api/policy/claims/{id}/approve", new { reason = "从业人数经社保缴纳记录核实" }), HttpStatusCode.OK);
        var basis = paid.GetProperty("disbursement").GetProperty("basis");
        Assert.Contains(TestCaller.PolicyOfficer.Subject, basis.GetProperty("decidedBy").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains(basis.GetProperty("facts").EnumerateArray(), f => f.GetProperty("field").GetString() == "employees");
        Assert.Equal(1, await policy.ScalarAsync("SELECT count(*) FROM policy.audit_records WHERE action = 'profile.declaration_verified'"));
    }

    [Fact]
    public async Task Confirming_an_offer_whose_facts_are_no_longer_authoritative_is_refused()
    {
        await using var policy = await StartAsync(servers);
        await PublishTestPolicyAsync(policy, "QM-TS-012", "NoApplication");
        var firm = NewFirm("泉州撤回数据企业有限公司");
        await policy.RegisterAsync(firm, new { employees = 30 });
        using var client = policy.Client(firm);
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        var offer = Assert.Single((await ClaimsAsync(client, "QM-TS-012")).EnumerateArray());
        Assert.Equal("Offered", offer.GetProperty("status").GetString());

        // The authority withdraws the figure; the firm's own word stands in its place.
        await EnsureAsync(await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts", new { facts = new Dictionary<string, object?> { ["employees"] = null } }), HttpStatusCode.OK);
        await EnsureAsync(await client.PutAsJsonAsync("/api/policy/profiles/me/facts", new { facts = new { employees = 30 } }), HttpStatusCode.OK);

        var refused = await EnsureAsync(await client.PostAsync($"/api/policy/claims/{offer.GetProperty("id").GetGuid()}/confirm", null), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("employees", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.disbursements"));
    }

    [Fact]
    public async Task Above_the_threshold_a_second_different_officer_must_approve_before_anything_is_paid()
    {
        await using var policy = await StartAsync(servers);
        await PublishTestPolicyAsync(policy, "QM-TS-013", "QuickApplication", amount: 300_000m);
        var firm = NewFirm("泉州大额申报企业有限公司");
        await policy.RegisterAsync(firm, new { employees = 30 });
        using var client = policy.Client(firm);
        var applied = await EnsureAsync(await client.PostAsJsonAsync("/api/policy/claims", new { policyCode = "QM-TS-013" }), HttpStatusCode.Created);
        var id = applied.GetProperty("claim").GetProperty("id").GetGuid();
        using var first = policy.Client(TestCaller.PolicyOfficer);
        using var second = policy.Client(SecondOfficer);

        var firstApproval = await EnsureAsync(await first.PostAsJsonAsync($"/api/policy/claims/{id}/approve", new { reason = "材料齐全" }), HttpStatusCode.Accepted);
        Assert.Equal(("Submitted", TestCaller.PolicyOfficer.Subject), (firstApproval.GetProperty("status").GetString(), firstApproval.GetProperty("firstApprovedBy").GetString()));
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.disbursements"));
        var again = await EnsureAsync(await first.PostAsJsonAsync($"/api/policy/claims/{id}/approve", new { reason = "再次同意" }), HttpStatusCode.Conflict);
        Assert.Equal("approvedBy", again.GetProperty("field").GetString());
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.disbursements"));

        var paid = await EnsureAsync(await second.PostAsJsonAsync($"/api/policy/claims/{id}/approve", new { reason = "复核同意" }), HttpStatusCode.OK);
        Assert.Equal(300_000m, paid.GetProperty("disbursement").GetProperty("amount").GetDecimal());
        var decidedBy = paid.GetProperty("disbursement").GetProperty("basis").GetProperty("decidedBy").EnumerateArray().Select(d => d.GetString()).ToList();
        Assert.Equal([TestCaller.PolicyOfficer.Subject, SecondOfficer.Subject], decidedBy);
        Assert.Equal(2, await policy.ScalarAsync($"SELECT count(*) FROM policy.audit_records WHERE action LIKE 'claim.approv%' AND resource_id = '{id}'"));
    }

    [Fact]
    public async Task An_older_event_delivered_after_a_newer_one_does_not_overwrite_the_newer_fact()
    {
        await using var policy = await StartAsync(servers);
        await policy.WaitForConsumerAsync("policy-match-whitelist-changed");
        var firm = NewFirm("泉州白名单迟到事件企业有限公司");
        var entered = new WhitelistChanged(firm.CreditCode!, true, 86m, "年度评审入选") { OccurredAt = DateTimeOffset.UtcNow.AddHours(-2) };
        var removed = new WhitelistChanged(firm.CreditCode!, false, 40m, "质押贷款逾期，移出白名单") { OccurredAt = DateTimeOffset.UtcNow.AddHours(-1) };

        await policy.PublishEventAsync(removed);
        await Eventually.MatchesAsync(() => policy.ScalarAsync("SELECT count(*) FROM policy.inbox_messages"), n => n >= 1, TimeSpan.FromSeconds(30), "the newer event");
        await policy.PublishEventAsync(entered);
        await Eventually.MatchesAsync(() => policy.ScalarAsync("SELECT count(*) FROM policy.inbox_messages"), n => n >= 2, TimeSpan.FromSeconds(30), "the older event");

        using var officer = policy.Client(TestCaller.PolicyOfficer);
        var profile = await EnsureAsync(await officer.GetAsync($"/api/policy/profiles/{firm.CreditCode}"), HttpStatusCode.OK);
        var fact = Assert.Single(profile.GetProperty("facts").EnumerateArray(), f => f.GetProperty("field").GetString() == "ipWhitelisted");
        Assert.False(fact.GetProperty("value").GetBoolean());
        Assert.Equal(removed.EventId, fact.GetProperty("eventId").GetGuid());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_penalty_and_its_repair_leave_no_open_penalty_whichever_arrives_first(bool repairArrivesFirst)
    {
        await using var policy = await StartAsync(servers);
        await policy.WaitForConsumerAsync("policy-match-penalty-recorded");
        await policy.WaitForConsumerAsync("policy-match-credit-repaired");
        var firm = NewFirm(repairArrivesFirst ? "泉州修复先到企业有限公司" : "泉州处罚先到企业有限公司");
        const string reference = "泉经开环罚〔2026〕88号";
        var penalty = new PenaltyRecorded(firm.CreditCode!, reference, "环境保护", 50_000m, new DateOnly(2026, 3, 2)) { OccurredAt = DateTimeOffset.UtcNow.AddDays(-120) };
        var repair = new CreditRepaired(firm.CreditCode!, reference, new DateOnly(2026, 7, 1)) { OccurredAt = DateTimeOffset.UtcNow.AddDays(-10) };
        var other = new PenaltyRecorded(firm.CreditCode!, "泉经开安罚〔2026〕9号", "安全生产", 20_000m, new DateOnly(2026, 5, 6)) { OccurredAt = DateTimeOffset.UtcNow.AddDays(-60) };

        Func<Task>[] deliveries = repairArrivesFirst
            ? [() => policy.PublishEventAsync(repair), () => policy.PublishEventAsync(penalty), () => policy.PublishEventAsync(other)]
            : [() => policy.PublishEventAsync(penalty), () => policy.PublishEventAsync(repair), () => policy.PublishEventAsync(other)];
        for (var i = 0; i < deliveries.Length; i++)
        {
            await deliveries[i]();
            var delivered = i + 1;
            await Eventually.MatchesAsync(() => policy.ScalarAsync("SELECT count(*) FROM policy.inbox_messages WHERE consumer IN ('PenaltyRecordedConsumer', 'CreditRepairedConsumer')"),
                n => n >= delivered, TimeSpan.FromSeconds(30), $"event {delivered} of {deliveries.Length}");
        }

        using var officer = policy.Client(TestCaller.PolicyOfficer);
        var profile = await EnsureAsync(await officer.GetAsync($"/api/policy/profiles/{firm.CreditCode}"), HttpStatusCode.OK);
        var open = Assert.Single(profile.GetProperty("facts").EnumerateArray(), f => f.GetProperty("field").GetString() == "penaltiesLast12Months");
        Assert.Equal(1m, open.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Certification_floods_unknown_codes_too_many_codes_or_codes_from_the_firm_are_refused_and_announce_nothing()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州资质刷单企业有限公司");
        await policy.RegisterAsync(firm, new { employees = 30 });
        using var client = policy.Client(firm);
        using var officer = policy.Client(TestCaller.PolicyOfficer);

        AssertNamesField(await EnsureAsync(await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts",
            new { facts = new { certifications = new[] { "高新技术企业", "宇宙第一企业" } } }), HttpStatusCode.BadRequest), "facts.certifications");
        AssertNamesField(await EnsureAsync(await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts",
            new { facts = new { certifications = new[] { "高新技术企业", "科技型中小企业", "创新型中小企业", "省级专精特新中小企业", "国家级专精特新“小巨人”企业", "绿色工厂" } } }),
            HttpStatusCode.BadRequest), "facts.certifications");
        AssertNamesField(await EnsureAsync(await client.PutAsJsonAsync("/api/policy/profiles/me/facts",
            new { facts = new { certifications = new[] { "高新技术企业" } } }), HttpStatusCode.Forbidden), "facts.certifications");

        Assert.Equal(0, await policy.ScalarAsync(Granted));
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.profile_fact_changes WHERE field = 'certifications'"));
    }

    [Fact]
    public async Task A_firm_holding_five_certifications_can_be_granted_a_sixth_and_only_the_new_one_is_announced()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州多项资质企业有限公司");
        await policy.RegisterAsync(firm, new { employees = 30 });
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        string[] five = ["高新技术企业", "科技型中小企业", "创新型中小企业", "省级专精特新中小企业", "省级企业技术中心"];

        await EnsureAsync(await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts", new { facts = new { certifications = five } }), HttpStatusCode.OK);
        await EnsureAsync(await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts",
            new { facts = new { certifications = five.Append("绿色工厂").ToArray() } }), HttpStatusCode.OK);

        Assert.Equal(6, await policy.ScalarAsync(Granted));
        var profile = await EnsureAsync(await officer.GetAsync($"/api/policy/profiles/{firm.CreditCode}"), HttpStatusCode.OK);
        var held = Assert.Single(profile.GetProperty("facts").EnumerateArray(), f => f.GetProperty("field").GetString() == "certifications");
        Assert.Equal(6, held.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task One_caller_sending_one_Idempotency_Key_many_times_at_once_gets_one_claim_and_never_a_500()
    {
        await using var policy = await StartAsync(servers);
        await PublishTestPolicyAsync(policy, "QM-TS-014", "QuickApplication");
        var firm = NewFirm("泉州重复提交企业有限公司");
        await policy.RegisterAsync(firm, new { employees = 30 });

        using var start = new SemaphoreSlim(0);
        var attempts = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            using var client = policy.Client(firm);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/policy/claims") { Content = JsonContent.Create(new { policyCode = "QM-TS-014" }) };
            request.Headers.Add("Idempotency-Key", "apply-ts014-once");
            await start.WaitAsync();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, Id: response.IsSuccessStatusCode ? JsonDocument.Parse(body).RootElement.GetProperty("claim").GetProperty("id").GetGuid() : (Guid?)null, body);
        })).ToList();
        start.Release(attempts.Count);
        var results = await Task.WhenAll(attempts);

        Assert.All(results, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)r.StatusCode}: {r.body}"));
        Assert.Single(results.Select(r => r.Id).Distinct());
        Assert.Equal(1, await policy.ScalarAsync("SELECT count(*) FROM policy.subsidy_claims WHERE policy_code = 'QM-TS-014'"));
    }

    [Fact]
    public async Task Many_writes_to_one_new_profile_at_once_never_give_a_500()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州并发建档企业有限公司");

        using var start = new SemaphoreSlim(0);
        var writes = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            using var client = policy.Client(firm);
            await start.WaitAsync();
            using var response = await client.PutAsJsonAsync("/api/policy/profiles/me/facts", new { facts = new { employees = 10 + i } });
            return response.StatusCode;
        })).ToList();
        start.Release(writes.Count);
        var results = await Task.WhenAll(writes);

        Assert.All(results, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(HttpStatusCode.OK, results);
        Assert.Equal(1, await policy.ScalarAsync($"SELECT count(*) FROM policy.firm_profiles WHERE credit_code = '{firm.CreditCode}'"));
    }
}
