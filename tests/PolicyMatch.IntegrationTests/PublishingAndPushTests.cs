using System.Net;
using System.Net.Http.Json;
using PolicyMatch.IntegrationTests.Infrastructure;
using Qingmeng.PolicyMatch.Jobs;
using static PolicyMatch.IntegrationTests.Infrastructure.PolicyHost;
using static PolicyMatch.IntegrationTests.PolicyRequests;

namespace PolicyMatch.IntegrationTests;

[Collection(PlatformServersCollection.Name)]
public sealed class PublishingAndPushTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_new_version_is_a_draft_until_published_then_supersedes_and_eligible_firms_are_pushed_once_per_version()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州智联软件科技有限公司");
        await policy.RegisterAsync(firm, new { certifications = new[] { "科技型中小企业" }, employees = 60, annualRevenue = 30_000_000 }, mobile: "13905951111");
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        using var admin = policy.Client(TestCaller.Admin);
        using var client = policy.Client(firm);
        var v1Key = PolicyPushJob.KeyFor("QM-KJ-003", 1, firm.CreditCode!);
        var v2Key = PolicyPushJob.KeyFor("QM-KJ-003", 2, firm.CreditCode!);

        Assert.True(await policy.RunPushJobAsync());
        Assert.True(await policy.RunPushJobAsync());
        var pushed = await EnsureAsync(await admin.GetAsync($"/api/policy/notifications?key={Uri.EscapeDataString(v1Key)}"), HttpStatusCode.OK);
        Assert.Equal(1, pushed.GetProperty("count").GetInt32());
        var message = pushed.GetProperty("items")[0];
        Assert.Equal("policy-push", message.GetProperty("category").GetString());
        Assert.Equal("13905951111", message.GetProperty("recipient").GetString());
        Assert.Contains("科技型中小企业入库补助", message.GetProperty("text").GetString(), StringComparison.Ordinal);

        // The officer writes version 2: a draft, invisible to firms, the version in force unchanged.
        var draft = await EnsureAsync(await officer.PutAsJsonAsync("/api/policy/policies/QM-KJ-003/draft",
            Terms(title: "科技型中小企业入库补助（2026年修订）", conditions: AllOf(
                Comparison("certifications", "Contains", "科技型中小企业"), Comparison("employees", "LessThanOrEqual", 500)),
                amountRule: new Dictionary<string, object> { ["$type"] = "fixed", ["amount"] = 50_000 }, mode: "NoApplication", budget: 2_000_000m)),
            HttpStatusCode.OK);
        Assert.Equal((2, "Draft"), (draft.GetProperty("version").GetInt32(), draft.GetProperty("status").GetString()));
        var seenByFirm = await EnsureAsync(await client.GetAsync("/api/policy/policies/QM-KJ-003"), HttpStatusCode.OK);
        Assert.Equal(1, seenByFirm.GetProperty("current").GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/policy/policies/QM-KJ-003/versions/2")).StatusCode);

        var published = await EnsureAsync(await officer.PostAsync("/api/policy/policies/QM-KJ-003/publish", null), HttpStatusCode.OK);
        Assert.Equal("Published", published.GetProperty("status").GetString());
        var v1 = await EnsureAsync(await client.GetAsync("/api/policy/policies/QM-KJ-003/versions/1"), HttpStatusCode.OK);
        Assert.Equal("Superseded", v1.GetProperty("status").GetString());
        Assert.Equal(86, await policy.ScalarAsync("SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE '%PolicyPublished%'"));
        Assert.Equal(2_000_000, await policy.ScalarAsync("SELECT envelope::bigint FROM policy.budget_ledgers WHERE policy_code = 'QM-KJ-003' AND period = '2026'"));

        // Version 2 in force: one more push for the new version, none repeated for version 1.
        Assert.True(await policy.RunPushJobAsync());
        Assert.True(await policy.RunPushJobAsync());
        Assert.Equal(1, (await EnsureAsync(await admin.GetAsync($"/api/policy/notifications?key={Uri.EscapeDataString(v2Key)}"), HttpStatusCode.OK)).GetProperty("count").GetInt32());
        Assert.Equal(1, (await EnsureAsync(await admin.GetAsync($"/api/policy/notifications?key={Uri.EscapeDataString(v1Key)}"), HttpStatusCode.OK)).GetProperty("count").GetInt32());
        // 免申即享: the firm got its offer under version 1; version 2 does not offer the same period twice.
        var offers = await EnsureAsync(await client.GetAsync("/api/policy/claims?policyCode=QM-KJ-003"), HttpStatusCode.OK);
        var offer = Assert.Single(offers.GetProperty("items").EnumerateArray());
        Assert.Equal((1, 30_000m, "Offered"), (offer.GetProperty("policyVersion").GetInt32(), offer.GetProperty("amount").GetDecimal(), offer.GetProperty("status").GetString()));

        // Retiring withdraws it: PolicyRetired, and it leaves the catalogue.
        await EnsureAsync(await officer.PostAsJsonAsync("/api/policy/policies/QM-KJ-003/retire", new { retiredOn = "2026-11-30" }), HttpStatusCode.OK);
        Assert.Equal(1, await policy.ScalarAsync("SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE '%PolicyRetired%'"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/policy/policies/QM-KJ-003")).StatusCode);
    }

    [Fact]
    public async Task A_firm_that_opted_out_of_policy_pushes_is_not_messaged()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm();
        using var client = policy.Client(firm);
        // Without a mobile, pushes go to the registering user, who opts out of policy pushes.
        await EnsureAsync(await client.PutAsync($"/api/policy/notifications/opt-outs/{PolicyPushJob.Category}", null), HttpStatusCode.NoContent);
        await policy.RegisterAsync(firm, new { certifications = new[] { "科技型中小企业" }, employees = 60, annualRevenue = 30_000_000 });
        Assert.Equal(1, await policy.ScalarAsync($"SELECT count(*) FROM policy.match_records WHERE credit_code = '{firm.CreditCode}' AND outcome = 'Met' AND notified_at IS NULL"));

        Assert.True(await policy.RunPushJobAsync());

        using var admin = policy.Client(TestCaller.Admin);
        var sent = await EnsureAsync(await admin.GetAsync($"/api/policy/notifications?recipient={firm.Subject}"), HttpStatusCode.OK);
        Assert.Equal(0, sent.GetProperty("count").GetInt32());
        Assert.Equal(0, await policy.ScalarAsync($"SELECT count(*) FROM policy.match_records WHERE credit_code = '{firm.CreditCode}' AND outcome = 'Met' AND notified_at IS NULL"));
    }

    [Fact]
    public async Task Matches_are_explained_ranked_and_near_misses_land_in_the_cultivation_pool()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州恒安精密机械有限公司");
        await policy.RegisterAsync(firm, new
        {
            certifications = new[] { "高新技术企业" },
            rdRatio = 2.8,
            creditStanding = "A",
            penaltiesLast12Months = 0,
            inventionPatents = 6,
        });
        using var client = policy.Client(firm);

        var match = await EnsureAsync(await client.GetAsync("/api/policy/matches/me/QM-KJ-002"), HttpStatusCode.OK);
        Assert.Equal("NotMet", match.GetProperty("outcome").GetString());
        Assert.True(match.GetProperty("nearMiss").GetBoolean());
        var gap = match.GetProperty("coaching").GetProperty("unmet")[0];
        Assert.Equal(("rdRatio", "研发费用占营业收入比例", "3 %", "2.8 %", 0.2m),
            (gap.GetProperty("field").GetString(), gap.GetProperty("label").GetString(), gap.GetProperty("required").GetString(),
             gap.GetProperty("actual").GetString(), gap.GetProperty("gap").GetDecimal()));
        Assert.Contains(match.GetProperty("explanations").EnumerateArray(), e => e.GetProperty("field").GetString() == "certifications" && e.GetProperty("outcome").GetString() == "Met");

        // 规上 and R&D spending unknown, R&D ratio and credit met: unknown, with what to provide and the materials.
        var unknown = await EnsureAsync(await client.GetAsync("/api/policy/matches/me/QM-KJ-004"), HttpStatusCode.OK);
        Assert.Equal("Unknown", unknown.GetProperty("outcome").GetString());
        Assert.Equal(["aboveDesignatedSize", "rdExpense"], unknown.GetProperty("coaching").GetProperty("toProvide").EnumerateArray()
            .Select(e => e.GetProperty("field").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(unknown.GetProperty("coaching").GetProperty("materials").EnumerateArray(), m => m.GetString()!.Contains("研发费用专项审计报告", StringComparison.Ordinal));

        var ranked = await EnsureAsync(await client.GetAsync("/api/policy/matches/me?pageSize=100"), HttpStatusCode.OK);
        var items = ranked.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(85, items.Count);
        var ranks = items.Select(m => m.GetProperty("outcome").GetString() switch
        {
            "Met" => 0,
            "Unknown" => 1,
            _ => m.GetProperty("nearMiss").GetBoolean() ? 2 : 3,
        }).ToList();
        Assert.Equal(ranks.Order().ToList(), ranks); // eligible, then unknown, then near misses, then the rest
        // Eligible for two: the 200,000 high-tech award before the 50,000 patent grant.
        Assert.Equal(["QM-KJ-001", "QM-KJ-007"], items.Where(m => m.GetProperty("outcome").GetString() == "Met").Select(m => m.GetProperty("policyCode").GetString()!).ToArray());
        var unknownAmounts = items.Where(m => m.GetProperty("outcome").GetString() == "Unknown")
            .Select(m => m.GetProperty("amount").ValueKind == System.Text.Json.JsonValueKind.Number ? m.GetProperty("amount").GetDecimal() : 0m).ToList();
        Assert.Equal(unknownAmounts.OrderByDescending(a => a).ToList(), unknownAmounts); // by amount within a rank

        using var officer = policy.Client(TestCaller.PolicyOfficer);
        var pool = await EnsureAsync(await officer.GetAsync("/api/policy/cultivation-pool?pageSize=100"), HttpStatusCode.OK);
        var entry = Assert.Single(pool.GetProperty("items").EnumerateArray(), e => e.GetProperty("policyCode").GetString() == "QM-KJ-002");
        Assert.Equal(firm.CreditCode, entry.GetProperty("creditCode").GetString());
        Assert.Equal(0.2m, entry.GetProperty("gaps")[0].GetProperty("gap").GetDecimal());
        var candidates = await EnsureAsync(await officer.GetAsync("/api/policy/policies/QM-KJ-002/candidates"), HttpStatusCode.OK);
        Assert.True(Assert.Single(candidates.GetProperty("items").EnumerateArray()).GetProperty("nearMiss").GetBoolean());
        var eligible = await EnsureAsync(await officer.GetAsync("/api/policy/policies/QM-KJ-007/candidates"), HttpStatusCode.OK);
        Assert.Equal("Met", Assert.Single(eligible.GetProperty("items").EnumerateArray()).GetProperty("outcome").GetString());
    }
}
