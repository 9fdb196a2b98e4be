namespace Qingmeng.Finance.Model;

/// <summary>
/// The IP-pledge financing white list's indicators (知识产权质押融资"白名单"), 100 points in all:
/// invention patents 25, other IP 10, R&amp;D ratio 20, credit standing 20, revenue growth 15, 专精特新 / 高新 10.
/// Overdue loans veto the listing whatever the score.
/// </summary>
public static class WhitelistScoring
{
    private static readonly Dictionary<string, decimal> RatingPoints = new()
    {
        ["AAA"] = 20m, ["AA"] = 17m, ["A"] = 14m, ["BBB"] = 10m, ["BB"] = 5m, ["B"] = 2m, ["C"] = 0m,
    };

    public static WhitelistScore Score(FirmProfile profile)
    {
        var indicators = new List<IndicatorScore>
        {
            new("inventionPatents", "发明专利", $"{profile.InventionPatents} 件", Math.Min(25m, profile.InventionPatents * 5m), 25m),
            new("otherPatents", "实用新型、外观设计及软件著作权", $"{profile.OtherPatents} 件", Math.Min(10m, profile.OtherPatents), 10m),
            new("rdRatio", "研发投入占营业收入比例", $"{profile.RdRatioPercent:0.##}%", Round(20m * Clamp(profile.RdRatioPercent / 6m)), 20m),
            new("creditRating", "信用等级", profile.CreditRating, RatingPoints.GetValueOrDefault(profile.CreditRating), 20m),
            new("revenueGrowth", "营业收入增长率", $"{profile.RevenueGrowthPercent:0.##}%", Round(15m * Clamp(profile.RevenueGrowthPercent / 20m)), 15m),
            new("specialisedOrHighTech", "专精特新或高新技术企业", profile.IsSpecialisedSme || profile.IsHighTech ? "是" : "否",
                profile.IsSpecialisedSme || profile.IsHighTech ? 10m : 0m, 10m),
        };
        return new WhitelistScore(indicators.Sum(i => i.Points), profile.HasOverdueLoans, indicators);
    }

    private static decimal Clamp(decimal fraction) => Math.Clamp(fraction, 0m, 1m);

    private static decimal Round(decimal points) => Math.Round(points, 1, MidpointRounding.AwayFromZero);
}
