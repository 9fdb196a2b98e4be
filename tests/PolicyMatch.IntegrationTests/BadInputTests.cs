using System.Net;
using System.Net.Http.Json;
using PolicyMatch.IntegrationTests.Infrastructure;
using static PolicyMatch.IntegrationTests.Infrastructure.PolicyHost;
using static PolicyMatch.IntegrationTests.PolicyRequests;

namespace PolicyMatch.IntegrationTests;

[Collection(PlatformServersCollection.Name)]
public sealed class BadInputTests(PlatformServersFixture servers)
{
    private static async Task AssertNamesAsync(HttpResponseMessage response, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var problem = await EnsureAsync(response, status);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"expected an error on '{field}': {problem}");
    }

    [Fact]
    public async Task Bad_policies_are_rejected_with_the_problem_named_and_nothing_is_stored()
    {
        await using var policy = await StartAsync(servers);
        using var officer = policy.Client(TestCaller.PolicyOfficer);

        await AssertNamesAsync(await officer.PostAsJsonAsync("/api/policy/policies",
            Create("QM-TS-001", Terms(conditions: AllOf(Comparison("rdRatioo", "GreaterThanOrEqual", 3))))), "terms.conditions.conditions[0].field");
        await AssertNamesAsync(await officer.PostAsJsonAsync("/api/policy/policies",
            Create("QM-TS-001", Terms(conditions: Comparison("certifications", "GreaterThan", 3)))), "terms.conditions.field");
        await AssertNamesAsync(await officer.PostAsJsonAsync("/api/policy/policies",
            Create("QM-TS-001", Terms(opens: "2026-06-01", closes: "2026-05-01"))), "terms.applicationClosesOn");
        await AssertNamesAsync(await officer.PostAsJsonAsync("/api/policy/policies",
            Create("QM-TS-001", Terms(amountRule: new Dictionary<string, object> { ["$type"] = "fixed", ["amount"] = -100 }))), "terms.amountRule.amount");
        await AssertNamesAsync(await officer.PostAsJsonAsync("/api/policy/policies",
            Create("QM-TS-001", Terms(amountRule: new Dictionary<string, object> { ["$type"] = "percentage", ["field"] = "rdExpense", ["percent"] = 10, ["cap"] = -1 }))), "terms.amountRule.cap");
        await AssertNamesAsync(await officer.PostAsJsonAsync("/api/policy/policies",
            Create("QM-TS-001", Terms(budget: -5))), "terms.budgetEnvelope");
        await AssertNamesAsync(await officer.PostAsJsonAsync("/api/policy/policies", Create("QM-KJ-1", Terms())), "code");

        // A condition that is not a condition at all: the JSON itself is refused, naming where.
        var malformed = await officer.PostAsJsonAsync("/api/policy/policies",
            Create("QM-TS-001", Terms(conditions: new Dictionary<string, object> { ["$type"] = "xor", ["conditions"] = Array.Empty<object>() })));
        var problem = await EnsureAsync(malformed, HttpStatusCode.BadRequest);
        Assert.Contains("conditions", problem.GetProperty("errors").EnumerateObject().Single().Name, StringComparison.Ordinal);

        // An existing policy's draft is checked the same way, and the version in force is untouched.
        await AssertNamesAsync(await officer.PutAsJsonAsync("/api/policy/policies/QM-KJ-001/draft",
            Terms(conditions: Comparison("noSuchField", "Equal", 1))), "conditions.field");

        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.policies WHERE code = 'QM-TS-001'"));
        Assert.Equal(1, await policy.ScalarAsync("SELECT count(*) FROM policy.policy_versions v JOIN policy.policies p ON p.id = v.policy_id WHERE p.code = 'QM-KJ-001'"));
        // Publishing with no (valid) draft is refused.
        await EnsureAsync(await officer.PostAsync("/api/policy/policies/QM-KJ-001/publish", null), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(85, await policy.ScalarAsync("SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE '%PolicyPublished%'"));
    }

    [Fact]
    public async Task Bad_facts_and_applications_are_rejected_naming_the_field()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm();
        using var client = policy.Client(firm);

        await AssertNamesAsync(await client.PutAsJsonAsync("/api/policy/profiles/me/facts", new { facts = new { shoeSize = 42 } }), "facts.shoeSize");
        await AssertNamesAsync(await client.PutAsJsonAsync("/api/policy/profiles/me/facts", new { facts = new { rdRatio = -2 } }), "facts.rdRatio");
        await AssertNamesAsync(await client.PutAsJsonAsync("/api/policy/profiles/me/facts", new { facts = new { registeredOn = "2020/01/01" } }), "facts.registeredOn");
        await AssertNamesAsync(await client.PutAsJsonAsync("/api/policy/profiles/me", new { name = "泉州测试企业", contactMobile = "12345" }), "contactMobile");
        await AssertNamesAsync(await client.PostAsJsonAsync("/api/policy/claims", new { policyCode = "KJ-7" }), "policyCode");

        // Not eligible: 422 with the coaching — which condition, required and actual.
        await policy.RegisterAsync(firm, new { inventionPatents = 0, creditStanding = "A" });
        var refused = await EnsureAsync(await client.PostAsJsonAsync("/api/policy/claims", new { policyCode = "QM-KJ-007" }), HttpStatusCode.UnprocessableEntity);
        var unmet = refused.GetProperty("coaching").GetProperty("unmet")[0];
        Assert.Equal("inventionPatents", unmet.GetProperty("field").GetString());
        Assert.Equal("0 件", unmet.GetProperty("actual").GetString());
        // 免申即享 takes no application.
        await EnsureAsync(await client.PostAsJsonAsync("/api/policy/claims", new { policyCode = "QM-KJ-001" }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.subsidy_claims"));
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.profile_fact_changes WHERE field = 'shoeSize'"));
    }

    [Fact]
    public async Task An_idempotency_key_that_is_blank_or_longer_than_100_characters_is_a_400_naming_the_header_and_nothing_is_stored()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州晟辉新材料有限公司");
        await policy.RegisterAsync(firm, new { inventionPatents = 6, creditStanding = "A" });
        using var client = policy.Client(firm);
        using var officer = policy.Client(TestCaller.PolicyOfficer);

        foreach (var key in new[] { new string('k', 101), "   " })
        {
            using var apply = new HttpRequestMessage(HttpMethod.Post, "/api/policy/claims") { Content = JsonContent.Create(new { policyCode = "QM-KJ-007" }) };
            apply.Headers.Add("Idempotency-Key", key);
            await AssertNamesAsync(await client.SendAsync(apply), "Idempotency-Key");

            using var guide = new HttpRequestMessage(HttpMethod.Post, "/api/policy/guidance")
            {
                Content = JsonContent.Create(new { creditCode = firm.CreditCode, policyCode = "QM-KJ-007", guidedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), notes = "讲解申报材料" }),
            };
            guide.Headers.Add("Idempotency-Key", key);
            await AssertNamesAsync(await officer.SendAsync(guide), "Idempotency-Key");
        }
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.subsidy_claims"));
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.application_guidance"));
    }
}
