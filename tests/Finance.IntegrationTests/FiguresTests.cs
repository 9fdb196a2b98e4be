using Finance.IntegrationTests.Infrastructure;

namespace Finance.IntegrationTests;

/// <summary>
/// The case study's finance figures from the demo figures (DemoData:SeedFigures), each recorded through the domain's
/// own steps with its events staged: 2.79亿元 of 续贷, the 5.32亿元 industry fund's investments, and the white list's
/// 银企对接效率提升40%.
/// </summary>
[Collection(FinanceServersCollection.Name)]
public sealed class FiguresTests(PlatformServersFixture servers)
{
    private static readonly Dictionary<string, string> Figures = new() { ["DemoData:Enabled"] = "true", ["DemoData:SeedFigures"] = "true" };

    [Fact]
    public async Task The_demo_figures_give_279_million_yuan_of_renewals_each_staging_its_LoanDisbursed()
    {
        await using var app = await FinanceApp.StartAsync(servers, Figures);
        // A second replica seeds too, and nothing is duplicated.
        app.AddReplica(Figures);

        var metrics = await app.GetAsync(TestCaller.PolicyOfficer, "/api/finance/metrics");

        Assert.Equal(279_000_000m, metrics.GetProperty("renewalAmount").GetDecimal());
        var renewals = metrics.GetProperty("renewals").GetInt32();
        Assert.InRange(renewals, 20, 60);
        Assert.Equal(renewals, await app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.LoanDisbursed,%' AND payload::jsonb->>'renewsLoanId' IS NOT NULL"));
        Assert.Equal(renewals, await app.ScalarAsync("SELECT count(*) FROM finance.audit_records WHERE action = 'loan.renewed'"));
        Assert.Equal(await app.ScalarAsync("SELECT count(*) FROM finance.referrals WHERE disbursed_on IS NOT NULL"),
            await app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.LoanDisbursed,%'"));
    }

    [Fact]
    public async Task The_demo_figures_invest_part_of_the_532_million_yuan_fund_in_register_firms()
    {
        await using var app = await FinanceApp.StartAsync(servers, Figures);

        var fund = await app.GetAsync(TestCaller.PolicyOfficer, "/api/finance/fund/summary");

        Assert.Equal(532_000_000m, fund.GetProperty("commitment").GetDecimal());
        Assert.Equal(318_000_000m, fund.GetProperty("invested").GetDecimal());
        Assert.Equal(214_000_000m, fund.GetProperty("remaining").GetDecimal());
        Assert.Equal(9, fund.GetProperty("investments").GetInt32());
        Assert.Equal(9, await app.ScalarAsync("SELECT count(*) FROM finance.audit_records WHERE action = 'fund.invested'"));
    }

    [Fact]
    public async Task The_demo_figures_make_matchmaking_in_2025_40_percent_faster_for_white_listed_firms()
    {
        await using var app = await FinanceApp.StartAsync(servers, Figures);

        var efficiency = await app.GetAsync(TestCaller.PolicyOfficer, "/api/finance/metrics/matchmaking-efficiency?from=2025-01-01&to=2025-12-31");

        Assert.Equal(40.0m, efficiency.GetProperty("efficiencyGainPercent").GetDecimal());
        var whitelisted = efficiency.GetProperty("whitelisted");
        var others = efficiency.GetProperty("others");
        Assert.Equal(10m, whitelisted.GetProperty("medianDays").GetDecimal());
        Assert.Equal(14m, others.GetProperty("medianDays").GetDecimal());
        Assert.True(whitelisted.GetProperty("loans").GetInt32() >= 5, whitelisted.ToString());
        Assert.True(others.GetProperty("loans").GetInt32() >= 5, others.ToString());
        // The firms were listed through the white list's review, each announced by WhitelistChanged.
        Assert.Equal(whitelisted.GetProperty("loans").GetInt32(),
            await app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.WhitelistChanged,%'"));
    }

    [Fact]
    public async Task Plain_demo_data_has_no_figures()
    {
        await using var app = await FinanceApp.StartAsync(servers, new Dictionary<string, string> { ["DemoData:Enabled"] = "true" });

        Assert.Equal(0, (await app.GetAsync(TestCaller.PolicyOfficer, "/api/finance/metrics")).GetProperty("renewals").GetInt32());
        Assert.Equal(0, (await app.GetAsync(TestCaller.PolicyOfficer, "/api/finance/fund/summary")).GetProperty("investments").GetInt32());
    }
}
