using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.IntegrationTests.Figures;

/// <summary>
/// The case study's 累计兑现惠企资金2.16亿元、增长6%、惠及664家次企业, as the zone scorecard gives it from the payments
/// policy-match's demo figures record (DemoData:SeedFigures), which reach governance only as SubsidyDisbursed events.
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class SubsidyFiguresTests(PlatformServersFixture servers, ITestOutputHelper output)
{
    [Fact]
    public async Task The_scorecard_for_2024_gives_216_million_yuan_to_664_firm_times_up_6_percent_from_the_demo_payments_events()
    {
        var started = Stopwatch.StartNew();
        await using var pipeline = await CasePipeline.StartGovernanceThenPolicyMatchAsync(
            servers,
            new Dictionary<string, string> { ["DemoData:Enabled"] = "true", ["DemoData:SeedFigures"] = "true" },
            "governance-scorecard-subsidy-disbursed");
        using var client = pipeline.GovernanceClientFor(TestCaller.Dispatcher);

        var subsidies = await Eventually.MatchesAsync(
            async () => Subsidies(await client.GetFromJsonAsync<JsonElement>("/api/governance/scorecard?year=2024&period=Y")),
            s => s.FirmTimes >= 664 && s.PriorYear is not null,
            TimeSpan.FromMinutes(3), "the scorecard to count the 2024 payments");
        output.WriteLine($"policy-match's history reached the scorecard {started.Elapsed.TotalSeconds:0.0} s after the hosts began to start");

        Assert.Equal(216_000_000m, subsidies.Amount);
        Assert.Equal(664m, subsidies.FirmTimes);
        Assert.Equal(203_773_585m, subsidies.PriorYear);
        Assert.Equal(6.00m, subsidies.Growth);
    }

    private static (decimal? Amount, decimal? FirmTimes, decimal? PriorYear, decimal? Growth) Subsidies(JsonElement report)
    {
        var indicators = report.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);
        static decimal? Value(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDecimal() : null;
        var amount = indicators["subsidies.amount"];
        return (Value(amount.GetProperty("value")), Value(indicators["subsidies.firmTimes"].GetProperty("value")),
            Value(amount.GetProperty("priorYearValue")), Value(amount.GetProperty("yearOnYearGrowthPercent")));
    }
}
