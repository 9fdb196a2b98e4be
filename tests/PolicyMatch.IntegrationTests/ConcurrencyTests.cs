using System.Net;
using System.Net.Http.Json;
using PolicyMatch.IntegrationTests.Infrastructure;
using static PolicyMatch.IntegrationTests.Infrastructure.PolicyHost;
using static PolicyMatch.IntegrationTests.PolicyRequests;

namespace PolicyMatch.IntegrationTests;

/// <summary>Officers' worst fear: overspending a budget or paying twice — with approvals racing on two replicas.</summary>
[Collection(PlatformServersCollection.Name)]
public sealed class ConcurrencyTests(PlatformServersFixture servers)
{
    private static async Task PublishTestPolicyAsync(PolicyHost policy, string code, decimal budget, string mode = "QuickApplication")
    {
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        await EnsureAsync(await officer.PostAsJsonAsync("/api/policy/policies", Create(code, Terms(budget: budget, mode: mode))), HttpStatusCode.Created);
        await EnsureAsync(await officer.PostAsync($"/api/policy/policies/{code}/publish", null), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Many_parallel_approvals_on_two_replicas_never_overspend_a_small_budget_and_pay_each_firm_at_most_once()
    {
        await using var policy = await StartAsync(servers, replicas: 2);
        await PublishTestPolicyAsync(policy, "QM-TS-001", budget: 250_000m); // room for two payments of 100,000
        var firms = Enumerable.Range(0, 12).Select(i => NewFirm($"泉州并发测试企业{i}号有限公司")).ToList();
        var claims = new List<Guid>();
        foreach (var firm in firms)
        {
            await policy.RegisterAsync(firm, new { employees = 30 });
            using var client = policy.Client(firm);
            var applied = await EnsureAsync(await client.PostAsJsonAsync("/api/policy/claims", new { policyCode = "QM-TS-001" }), HttpStatusCode.Created);
            claims.Add(applied.GetProperty("claim").GetProperty("id").GetGuid());
        }

        // Every claim approved twice at once, alternating replicas: 24 racing approvals.
        using var start = new SemaphoreSlim(0);
        var approvals = claims.SelectMany(id => new[] { 0, 1 }.Select(replica => Task.Run(async () =>
        {
            using var officer = policy.Client(TestCaller.PolicyOfficer, replica);
            await start.WaitAsync();
            return (id, (await officer.PostAsync($"/api/policy/claims/{id}/approve", null)).StatusCode);
        }))).ToList();
        start.Release(approvals.Count);
        var results = await Task.WhenAll(approvals);

        Assert.Equal(2, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(results, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Equal(200_000, await policy.ScalarAsync("SELECT coalesce(sum(amount), 0)::bigint FROM policy.disbursements WHERE policy_code = 'QM-TS-001' AND kind = 'Payment'"));
        Assert.Equal(200_000, await policy.ScalarAsync("SELECT paid::bigint FROM policy.budget_ledgers WHERE policy_code = 'QM-TS-001'"));
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM (SELECT credit_code FROM policy.disbursements WHERE policy_code = 'QM-TS-001' GROUP BY credit_code HAVING count(*) > 1) twice"));
        Assert.Equal(2, await policy.ScalarAsync("SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE '%SubsidyDisbursed%'"));
        Assert.Equal(2, await policy.ScalarAsync("SELECT count(*) FROM policy.subsidy_claims WHERE status = 'Paid'"));
        Assert.Equal(10, await policy.ScalarAsync("SELECT count(*) FROM policy.subsidy_claims WHERE status = 'Submitted'"));
    }

    [Fact]
    public async Task One_offer_confirmed_many_times_at_once_on_two_replicas_is_paid_once()
    {
        await using var policy = await StartAsync(servers, replicas: 2);
        await PublishTestPolicyAsync(policy, "QM-TS-002", budget: 10_000_000m, mode: "NoApplication");
        var firm = NewFirm("泉州秒兑现测试企业有限公司");
        await policy.RegisterAsync(firm, new { employees = 30 });
        using var client = policy.Client(firm);
        var offers = await EnsureAsync(await client.GetAsync("/api/policy/claims?policyCode=QM-TS-002"), HttpStatusCode.OK);
        var id = Assert.Single(offers.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();

        using var start = new SemaphoreSlim(0);
        var confirmations = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            using var c = policy.Client(firm, i % 2);
            await start.WaitAsync();
            return (await c.PostAsync($"/api/policy/claims/{id}/confirm", null)).StatusCode;
        })).ToList();
        start.Release(confirmations.Count);
        var results = await Task.WhenAll(confirmations);

        Assert.Equal(1, results.Count(s => s == HttpStatusCode.OK));
        Assert.All(results.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Equal(1, await policy.ScalarAsync($"SELECT count(*) FROM policy.disbursements WHERE credit_code = '{firm.CreditCode}'"));
        Assert.Equal(100_000, await policy.ScalarAsync("SELECT paid::bigint FROM policy.budget_ledgers WHERE policy_code = 'QM-TS-002'"));
    }

    [Fact]
    public async Task Renaming_a_profile_while_others_change_it_on_two_replicas_never_answers_500()
    {
        await using var policy = await StartAsync(servers, replicas: 2);
        var firm = NewFirm("泉州改名并发测试企业有限公司");
        await policy.RegisterAsync(firm, new { employees = 30 });

        // The firm renames itself while an officer corrects its facts, all at once on both replicas: every rename
        // reads the profile, and most saves find it changed since (the row version moved).
        using var start = new SemaphoreSlim(0);
        var renames = Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            using var client = policy.Client(firm, i % 2);
            await start.WaitAsync();
            return (await client.PutAsJsonAsync("/api/policy/profiles/me", new { name = $"泉州改名并发测试企业有限公司{i}" })).StatusCode;
        }));
        var corrections = Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            using var officer = policy.Client(TestCaller.PolicyOfficer, (i + 1) % 2);
            await start.WaitAsync();
            return (await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts", new { facts = new { employees = 31 + i } })).StatusCode;
        }));
        var all = renames.Concat(corrections).ToList();
        start.Release(all.Count);
        var statuses = await Task.WhenAll(all);

        Assert.All(statuses, status => Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(HttpStatusCode.OK, statuses.Take(12));
    }
}
