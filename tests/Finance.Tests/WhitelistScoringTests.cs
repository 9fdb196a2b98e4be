using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Tests;

public sealed class WhitelistScoringTests
{
    [Fact]
    public void Every_indicator_contributes_its_points_and_the_total_is_their_sum()
    {
        // 4 invention patents × 5 = 20; 12 other IP capped at 10; R&D 5.2 % of 6 % × 20 = 17.3; AA = 17;
        // growth 18.5 % of 20 % × 15 = 13.9; 专精特新 10 → 88.2.
        var score = WhitelistScoring.Score(TestData.Profile());

        var points = score.Indicators.ToDictionary(i => i.Indicator, i => i.Points);
        Assert.Equal(20m, points["inventionPatents"]);
        Assert.Equal(10m, points["otherPatents"]);
        Assert.Equal(17.3m, points["rdRatio"]);
        Assert.Equal(17m, points["creditRating"]);
        Assert.Equal(13.9m, points["revenueGrowth"]);
        Assert.Equal(10m, points["specialisedOrHighTech"]);
        Assert.Equal(88.2m, score.Total);
        Assert.Equal(100m, score.Indicators.Sum(i => i.MaxPoints));
        Assert.True(score.Qualifies(60m));
    }

    [Fact]
    public void Indicators_are_capped_and_negative_growth_scores_nothing()
    {
        var score = WhitelistScoring.Score(TestData.Profile(invention: 40, rd: 15m, growth: -8m, rating: "C", specialised: false, highTech: false));

        var points = score.Indicators.ToDictionary(i => i.Indicator, i => i.Points);
        Assert.Equal(25m, points["inventionPatents"]);
        Assert.Equal(20m, points["rdRatio"]);
        Assert.Equal(0m, points["revenueGrowth"]);
        Assert.Equal(0m, points["creditRating"]);
        Assert.Equal(0m, points["specialisedOrHighTech"]);
        Assert.Equal(55m, score.Total);
        Assert.False(score.Qualifies(60m));
    }

    [Fact]
    public void Overdue_loans_veto_the_listing_whatever_the_score()
    {
        var score = WhitelistScoring.Score(TestData.Profile(overdue: true));

        Assert.True(score.Total >= 60m);
        Assert.True(score.Vetoed);
        Assert.False(score.Qualifies(60m));
    }

    [Fact]
    public void Listing_announces_the_firm_and_schedules_the_annual_review()
    {
        var entry = WhitelistEntry.Propose(TestData.Profile(), "泉州杰嘉电子有限公司", WhitelistScoring.Score(TestData.Profile()), "policy-officer-1", TestData.BeforeNationalDay);

        var changed = entry.Review(true, "指标优良", 60m, "policy-officer-1", new DateOnly(2026, 9, 30), TestData.BeforeNationalDay);

        Assert.NotNull(changed);
        Assert.True(changed.OnWhitelist);
        Assert.Equal(88.2m, changed.Score);
        Assert.Equal(WhitelistStatus.Listed, entry.Status);
        Assert.Equal(new DateOnly(2027, 9, 30), entry.NextReviewOn);
    }

    [Fact]
    public void The_annual_review_keeps_a_qualifying_firm_quietly_and_removes_one_that_fell_below()
    {
        var now = TestData.BeforeNationalDay;
        var kept = WhitelistEntry.Propose(TestData.Profile(), "泉州杰嘉电子有限公司", WhitelistScoring.Score(TestData.Profile()), "officer", now);
        kept.Review(true, "通过", 60m, "officer", new DateOnly(2026, 9, 30), now);
        var dropped = WhitelistEntry.Propose(TestData.Profile(), "泉州杰嘉电子有限公司", WhitelistScoring.Score(TestData.Profile()), "officer", now);
        dropped.Review(true, "通过", 60m, "officer", new DateOnly(2026, 9, 30), now);

        var stays = kept.Reevaluate(WhitelistScoring.Score(TestData.Profile()), 60m, new DateOnly(2027, 9, 30), now.AddYears(1));
        var leaves = dropped.Reevaluate(
            WhitelistScoring.Score(TestData.Profile(invention: 0, other: 1, rd: 1m, growth: -5m, rating: "BB", specialised: false, highTech: false)),
            60m, new DateOnly(2027, 9, 30), now.AddYears(1));

        Assert.Null(stays);
        Assert.Equal(WhitelistStatus.Listed, kept.Status);
        Assert.Equal(new DateOnly(2028, 9, 30), kept.NextReviewOn);
        Assert.NotNull(leaves);
        Assert.False(leaves.OnWhitelist);
        Assert.Equal(WhitelistStatus.Removed, dropped.Status);
        Assert.Null(dropped.NextReviewOn);
        Assert.Equal(1, dropped.Reevaluations);
    }
}
