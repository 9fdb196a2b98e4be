using System.Net;
using PolicyMatch.IntegrationTests.Infrastructure;
using static PolicyMatch.IntegrationTests.Infrastructure.PolicyHost;

namespace PolicyMatch.IntegrationTests;

[Collection(PlatformServersCollection.Name)]
public sealed class HistoryTests(PlatformServersFixture servers)
{
    private const string Disbursed = "event_type LIKE 'Qingmeng.Contracts.SubsidyDisbursed,%'";

    [Fact]
    public async Task The_demo_figures_pay_216_million_yuan_to_664_firm_times_in_2024_and_6_percent_less_in_2023_each_payment_staging_SubsidyDisbursed()
    {
        await using var policy = await StartAsync(servers, demoData: true, seedFigures: true);
        using var officer = policy.Client(TestCaller.PolicyOfficer);

        var summary = await EnsureAsync(await officer.GetAsync("/api/policy/disbursements/summary?period=2024"), HttpStatusCode.OK);
        Assert.Equal(216_000_000m, summary.GetProperty("amountPaid").GetDecimal());
        Assert.Equal(664, summary.GetProperty("firmTimes").GetInt32());
        Assert.True(summary.GetProperty("firms").GetInt32() < 664);
        Assert.True(summary.GetProperty("medianHoursEligibleToPaid").GetDouble() < 48);
        var previous = await EnsureAsync(await officer.GetAsync("/api/policy/disbursements/summary?period=2023"), HttpStatusCode.OK);
        Assert.Equal(203_773_585m, previous.GetProperty("amountPaid").GetDecimal());

        // What the zone scorecard counts: one SubsidyDisbursed per payment, dated in the year it was paid (CST).
        Assert.Equal(664, await policy.ScalarAsync($"SELECT count(*) FROM policy.outbox_messages WHERE {Disbursed} AND occurred_at >= '2024-01-01T00:00:00+08' AND occurred_at < '2025-01-01T00:00:00+08'"));
        Assert.Equal(216_000_000, await policy.ScalarAsync($"SELECT sum((payload::jsonb->>'amount')::numeric)::bigint FROM policy.outbox_messages WHERE {Disbursed} AND occurred_at >= '2024-01-01T00:00:00+08' AND occurred_at < '2025-01-01T00:00:00+08'"));
        Assert.Equal(203_773_585, await policy.ScalarAsync($"SELECT sum((payload::jsonb->>'amount')::numeric)::bigint FROM policy.outbox_messages WHERE {Disbursed} AND occurred_at >= '2023-01-01T00:00:00+08' AND occurred_at < '2024-01-01T00:00:00+08'"));
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.disbursements d WHERE NOT EXISTS (SELECT 1 FROM policy.outbox_messages o WHERE o.payload::jsonb->>'disbursementId' = d.id::text)"));
        Assert.Equal(await policy.ScalarAsync("SELECT count(*) FROM policy.disbursements"), await policy.ScalarAsync("SELECT count(*) FROM policy.audit_records WHERE action = 'subsidy.paid'"));
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.budget_ledgers WHERE paid > envelope"));
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.budget_ledgers l WHERE l.paid <> coalesce((SELECT sum(d.amount) FROM policy.disbursements d WHERE d.policy_code = l.policy_code AND d.period = l.period), 0)"));
    }

    [Fact]
    public async Task Plain_demo_data_registers_the_demo_firms_and_pays_no_history()
    {
        await using var policy = await StartAsync(servers, demoData: true);
        using var officer = policy.Client(TestCaller.PolicyOfficer);

        // The demo firms are matched: 泉州杰嘉电子 (高新, 省级专精特新) is eligible for the high-tech award.
        var match = await EnsureAsync(await officer.GetAsync("/api/policy/profiles/91350500MA31GJ8K73/matches/QM-KJ-001"), HttpStatusCode.OK);
        Assert.Equal("Met", match.GetProperty("outcome").GetString());
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.disbursements"));
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/api/policy/disbursements/summary")).StatusCode);
    }
}
