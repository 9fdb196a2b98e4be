using System.Net;
using PolicyMatch.IntegrationTests.Infrastructure;
using static PolicyMatch.IntegrationTests.Infrastructure.PolicyHost;

namespace PolicyMatch.IntegrationTests;

[Collection(PlatformServersCollection.Name)]
public sealed class HistoryTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task The_demo_history_shows_216_million_yuan_paid_to_664_firm_times_in_2024_within_every_budget()
    {
        await using var policy = await StartAsync(servers, demoData: true);
        using var officer = policy.Client(TestCaller.PolicyOfficer);

        var summary = await EnsureAsync(await officer.GetAsync("/api/policy/disbursements/summary?period=2024"), HttpStatusCode.OK);

        Assert.Equal(216_000_000m, summary.GetProperty("amountPaid").GetDecimal());
        Assert.Equal(664, summary.GetProperty("firmTimes").GetInt32());
        Assert.True(summary.GetProperty("firms").GetInt32() < 664);
        Assert.True(summary.GetProperty("medianHoursEligibleToPaid").GetDouble() < 48);
        Assert.Equal(0, await policy.ScalarAsync("SELECT count(*) FROM policy.budget_ledgers WHERE paid > envelope"));
        // The demo firms are matched: 泉州杰嘉电子 (高新, 省级专精特新) is eligible for the high-tech award.
        var match = await EnsureAsync(await officer.GetAsync("/api/policy/profiles/91350500MA31GJ8K73/matches/QM-KJ-001"), HttpStatusCode.OK);
        Assert.Equal("Met", match.GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/api/policy/disbursements/summary")).StatusCode);
    }
}
