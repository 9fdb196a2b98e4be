using Qingmeng.Governance.Model.EconomicIndicators;

namespace Governance.Tests;

/// <summary>经济运行预警: the band rule of the 规上企业 monthly reports.</summary>
public sealed class EconomicBandRuleTests
{
    private static readonly EconomicFigures LastYear = new(10_000_000m, 500_000m, 300_000m);

    [Fact]
    public void A_forty_percent_drop_in_output_against_the_same_month_last_year_is_below_the_band()
    {
        var drops = EconomicBandRule.Assess(new EconomicFigures(6_000_000m, 480_000m, 200_000m), LastYear, [], 30m);

        var drop = Assert.Single(drops);
        Assert.Equal(EconomicIndicator.OutputValue, drop.Indicator);
        Assert.Equal(EconomicBaseline.SameMonthLastYear, drop.Baseline);
        Assert.Equal(40m, drop.DropPercent);
        Assert.Equal(10_000_000m, drop.BaselineValue);
    }

    [Fact]
    public void A_drop_of_exactly_the_threshold_stays_inside_the_band_and_tax_is_not_watched()
    {
        var drops = EconomicBandRule.Assess(new EconomicFigures(7_000_000m, 350_000m, 0m), LastYear, [], 30m);

        Assert.Empty(drops);
    }

    [Fact]
    public void Both_indicators_are_named_when_both_fall()
    {
        var drops = EconomicBandRule.Assess(new EconomicFigures(5_000_000m, 100_000m, 300_000m), LastYear, [], 30m);

        Assert.Equal([EconomicIndicator.OutputValue, EconomicIndicator.PowerUse], drops.Select(d => d.Indicator));
        Assert.Equal(80m, drops[1].DropPercent);
    }

    [Fact]
    public void Without_a_prior_year_report_the_average_of_the_three_months_before_is_the_baseline()
    {
        EconomicFigures[] previous = [new(9_000_000m, 400_000m, 0m), new(10_000_000m, 500_000m, 0m), new(11_000_000m, 600_000m, 0m)];

        var drops = EconomicBandRule.Assess(new EconomicFigures(6_500_000m, 450_000m, 0m), null, previous, 30m);

        var drop = Assert.Single(drops);
        Assert.Equal(EconomicBaseline.PreviousThreeMonths, drop.Baseline);
        Assert.Equal(10_000_000m, drop.BaselineValue);
        Assert.Equal(35m, drop.DropPercent);
    }

    [Fact]
    public void The_prior_year_report_wins_over_the_months_before()
    {
        EconomicFigures[] previous = [new(100_000_000m, 5_000_000m, 0m)];

        Assert.Empty(EconomicBandRule.Assess(new EconomicFigures(9_000_000m, 450_000m, 0m), LastYear, previous, 30m));
    }

    [Fact]
    public void A_firm_without_history_or_with_a_zero_baseline_never_alerts()
    {
        Assert.Empty(EconomicBandRule.Assess(new EconomicFigures(0m, 0m, 0m), null, [], 30m));
        Assert.Empty(EconomicBandRule.Assess(new EconomicFigures(0m, 0m, 0m), new EconomicFigures(0m, 0m, 0m), [], 30m));
    }

    [Fact]
    public void The_threshold_is_data()
    {
        var figures = new EconomicFigures(8_000_000m, 500_000m, 0m);

        Assert.Empty(EconomicBandRule.Assess(figures, LastYear, [], 30m));
        Assert.Single(EconomicBandRule.Assess(figures, LastYear, [], 15m));
    }

    [Theory]
    [InlineData("2026-10", true, "2025-10")]
    [InlineData("2026-01", true, "2025-01")]
    [InlineData("2026-13", false, "")]
    [InlineData("2026-1", false, "")]
    [InlineData("十月", false, "")]
    public void A_report_month_is_written_yyyy_MM(string text, bool valid, string lastYear)
    {
        Assert.Equal(valid, ReportMonth.TryParse(text, out var month));
        if (valid)
        {
            Assert.Equal(text, month.ToString());
            Assert.Equal(lastYear, month.SameMonthLastYear.ToString());
        }
    }

    [Fact]
    public void A_correction_replaces_the_figures_and_the_same_figures_change_nothing()
    {
        var now = new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.FromHours(8));
        var report = EconomicReport.Record("91350500MA31GJ8K73", new ReportMonth(2026, 10), LastYear, "officer-jfj", now);

        Assert.False(report.Correct(LastYear, "officer-jfj", now.AddDays(1)));
        Assert.Null(report.CorrectedAt);
        Assert.True(report.Correct(LastYear with { TaxPaid = 1m }, "officer-jfj", now.AddDays(1)));
        Assert.Equal(1m, report.TaxPaid);
        Assert.Equal("ECON-RUN:91350500MA31GJ8K73:2026-10", EconomicReport.AlertReference(report.CreditCode, new ReportMonth(2026, 10)));
        Assert.NotNull(EconomicReport.Check(new ReportMonth(2026, 12), DateOnly.FromDateTime(now.Date)));
        Assert.Null(EconomicReport.Check(new ReportMonth(2026, 11), DateOnly.FromDateTime(now.Date)));
    }
}
