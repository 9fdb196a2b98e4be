namespace Qingmeng.Governance.Model.EconomicIndicators;

/// <summary>What a month's figures were compared with.</summary>
public enum EconomicBaseline
{
    /// <summary>The same month of the previous year (同比).</summary>
    SameMonthLastYear,

    /// <summary>The average of the reports of the three months before (环比均值), when there is no prior-year report.</summary>
    PreviousThreeMonths,
}

/// <summary>One watched indicator that fell by more than the band allows.</summary>
public sealed record EconomicDrop(EconomicIndicator Indicator, EconomicBaseline Baseline, decimal BaselineValue, decimal Value, decimal DropPercent);

/// <summary>
/// 经济运行预警: a firm falls below its band when its output value or power use drops by more than the threshold against
/// the same month of the previous year, or, with no prior-year report, against the average of whichever of its three
/// preceding months were reported. A baseline of zero gives nothing to fall from, so it never alerts.
/// </summary>
public static class EconomicBandRule
{
    public static IReadOnlyList<EconomicDrop> Assess(
        EconomicFigures current, EconomicFigures? sameMonthLastYear, IReadOnlyCollection<EconomicFigures> previousThreeMonths, decimal dropThresholdPercent)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previousThreeMonths);
        EconomicBaseline basis;
        Func<EconomicIndicator, decimal> baselineOf;
        if (sameMonthLastYear is not null)
        {
            basis = EconomicBaseline.SameMonthLastYear;
            baselineOf = sameMonthLastYear.Of;
        }
        else if (previousThreeMonths.Count > 0)
        {
            basis = EconomicBaseline.PreviousThreeMonths;
            baselineOf = indicator => previousThreeMonths.Average(figures => figures.Of(indicator));
        }
        else
        {
            return [];
        }

        var drops = new List<EconomicDrop>();
        foreach (var indicator in Enum.GetValues<EconomicIndicator>())
        {
            var baseline = baselineOf(indicator);
            if (baseline <= 0)
            {
                continue;
            }
            var value = current.Of(indicator);
            var dropPercent = Math.Round((baseline - value) / baseline * 100m, 1, MidpointRounding.AwayFromZero);
            if ((baseline - value) * 100m > dropThresholdPercent * baseline)
            {
                drops.Add(new EconomicDrop(indicator, basis, Math.Round(baseline, 2), value, dropPercent));
            }
        }
        return drops;
    }
}
