using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Infrastructure.DemoData;
using Qingmeng.ServiceDefaults.Authentication;

namespace Governance.IntegrationTests;

/// <summary>The case study's 22件涉企案件适用“微错容纠”, from the demo figures (DemoData:SeedFigures) through governance's own events.</summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class FiguresTests(PlatformServersFixture servers, ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Figures = new() { ["DemoData:Enabled"] = "true", ["DemoData:SeedFigures"] = "true" };

    [Fact]
    public async Task The_scorecard_for_2024_counts_22_micro_error_tolerance_cases_from_the_demo_figures_events()
    {
        // The scorecard's queue must exist before the seeded events are published: a first host binds it and leaves.
        await using (var binder = await GovernanceHost.StartAsync(servers))
        {
            await WaitForEndpointAsync(binder, "governance-scorecard-lenient-treatment-applied");
        }
        await using var host = await GovernanceHost.StartAsync(servers, extraSettings: Figures);

        var report = await Eventually.MatchesAsync(
            () => host.GetAsync(TestCaller.Dispatcher, "/api/governance/scorecard?year=2024&period=Y"),
            r => Indicator(r, "enforcement.microErrorTolerance") >= 22m,
            TimeSpan.FromMinutes(2), "the scorecard to count the 2024 lenient decisions");

        Assert.Equal(22m, Indicator(report, "enforcement.microErrorTolerance"));
        Assert.Equal(22m, Indicator(report, "enforcement.noPenalty"));
        Assert.Equal(22, await host.ScalarAsync("SELECT count(*) FROM governance.lenient_decisions"));
        Assert.Equal(22, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'penalty.not-imposed'"));
        var page = await host.GetAsync(TestCaller.Dispatcher, "/api/governance/lenient-decisions?pageSize=50");
        Assert.Equal(22, page.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task The_scorecard_for_2024_counts_930_credit_repairs_from_the_demo_figures_each_a_penalty_an_application_and_a_grant()
    {
        await using (var binder = await GovernanceHost.StartAsync(servers))
        {
            await WaitForEndpointAsync(binder, "governance-scorecard-credit-repaired");
        }
        await using var host = await GovernanceHost.StartAsync(servers, extraSettings: Figures);

        var report = await Eventually.MatchesAsync(
            () => host.GetAsync(TestCaller.Dispatcher, "/api/governance/scorecard?year=2024&period=Y"),
            r => Indicator(r, "enforcement.creditRepairs") >= 930m,
            TimeSpan.FromMinutes(4), "the scorecard to count the 2024 credit repairs");

        Assert.Equal(930m, Indicator(report, "enforcement.creditRepairs"));
        var timing = Assert.Single(host.Logs.Lines, l => l.Contains("930 credit repairs (penalty, application, grant) seeded in", StringComparison.Ordinal));
        output.WriteLine(timing);
        const string seeded = "FROM governance.penalties WHERE reference LIKE '泉开信用修复〔2024〕%'";
        Assert.Equal(930, await host.ScalarAsync($"SELECT count(*) {seeded}"));
        Assert.Equal(930, await host.ScalarAsync($"SELECT count(DISTINCT credit_code) {seeded} AND repaired_on IS NOT NULL"));
        Assert.Equal(930, await host.ScalarAsync("SELECT count(*) FROM governance.credit_repair_applications WHERE status = 'Granted'"));
        Assert.Equal(930, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'credit-repair.granted'"));

        // Seeding again (every start does) adds nothing.
        using (var scope = host.Primary.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GovernanceContext>();
            await scope.ServiceProvider.GetRequiredService<GovernanceDemoSeeder>().SeedAsync(db, seedFigures: true, CancellationToken.None);
        }
        Assert.Equal(930, await host.ScalarAsync($"SELECT count(*) {seeded}"));
        Assert.Equal(930, await host.ScalarAsync("SELECT count(*) FROM governance.credit_repair_applications"));
        Assert.Equal(930, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CreditRepaired%'"));
    }

    [Fact]
    public async Task Plain_demo_data_records_no_lenient_decision()
    {
        await using var host = await GovernanceHost.StartAsync(servers, extraSettings: new Dictionary<string, string> { ["DemoData:Enabled"] = "true" });

        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.lenient_decisions"));
    }

    private static decimal? Indicator(JsonElement report, string code)
    {
        var value = report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("value");
        return value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;
    }

    private static async Task WaitForEndpointAsync(GovernanceHost host, string endpoint)
    {
        using var client = host.Primary.CreateClient();
        client.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<Program>.OperatorKey);
        await Eventually.MatchesAsync(
            async () => await client.GetStringAsync("/ops/messaging/error-queues"),
            body => body.Contains(endpoint, StringComparison.Ordinal),
            TimeSpan.FromSeconds(60), $"the {endpoint} consumer endpoint to start");
    }
}
