using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;

namespace PolicyMatch.Tests;

public sealed class AmountRuleTests
{
    [Fact]
    public void A_fixed_amount_needs_no_facts()
    {
        Assert.Equal(200_000m, AmountRules.Compute(new FixedAmount(200_000m), new Facts()));
    }

    [Theory]
    [InlineData(1_000_000, 100_000)]      // 10 % of 1,000,000
    [InlineData(12_345_678, 1_000_000)]   // capped
    [InlineData(333.33, 33.33)]           // rounded to the fen
    public void A_percentage_is_applied_to_the_figure_and_capped(double basis, double expected)
    {
        var rule = new PercentageAmount(ProfileFields.RdExpense, 10m, 1_000_000m);

        Assert.Equal((decimal)expected, AmountRules.Compute(rule, new Facts().Set(ProfileFields.RdExpense, (decimal)basis)));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 10_000)]
    [InlineData(5, 50_000)]
    [InlineData(9, 50_000)]
    [InlineData(10, 100_000)]
    [InlineData(250, 100_000)]
    public void Tiers_pay_the_highest_tier_reached_and_nothing_below_the_first(int patents, int expected)
    {
        var rule = new TieredAmount(ProfileFields.InventionPatents, [new(1m, 10_000m), new(5m, 50_000m), new(10m, 100_000m)]);

        Assert.Equal(patents == 0 ? 0m : expected, AmountRules.Compute(rule, new Facts().Set(ProfileFields.InventionPatents, patents)));
    }

    [Fact]
    public void An_unknown_figure_gives_no_amount_rather_than_zero()
    {
        Assert.Null(AmountRules.Compute(new PercentageAmount(ProfileFields.RdExpense, 10m, 1m), new Facts()));
        Assert.Null(AmountRules.Compute(new TieredAmount(ProfileFields.Employees, [new(1m, 1m)]), new Facts()));
    }

    [Fact]
    public void Bad_amount_rules_are_named_by_field()
    {
        Assert.Contains(AmountRules.Problems(new FixedAmount(-5m)), p => p.Field == "amountRule.amount");
        Assert.Contains(AmountRules.Problems(new PercentageAmount("certifications", 10m, 1m)), p => p.Field == "amountRule.field");
        Assert.Contains(AmountRules.Problems(new PercentageAmount(ProfileFields.RdExpense, 150m, 1m)), p => p.Field == "amountRule.percent");
        Assert.Contains(AmountRules.Problems(new PercentageAmount(ProfileFields.RdExpense, 10m, 0m)), p => p.Field == "amountRule.cap");
        Assert.Contains(AmountRules.Problems(new TieredAmount(ProfileFields.Employees, [new(10m, 5m), new(5m, 10m)])), p => p.Field == "amountRule.tiers");
        Assert.Contains(AmountRules.Problems(new TieredAmount(ProfileFields.Employees, [])), p => p.Field == "amountRule.tiers");
        Assert.Empty(AmountRules.Problems(new TieredAmount(ProfileFields.Employees, [new(5m, 5m), new(10m, 10m)])));
    }

    [Fact]
    public void The_maximum_is_the_fixed_amount_the_cap_or_the_top_tier()
    {
        Assert.Equal(7m, AmountRules.Maximum(new FixedAmount(7m)));
        Assert.Equal(9m, AmountRules.Maximum(new PercentageAmount(ProfileFields.RdExpense, 10m, 9m)));
        Assert.Equal(30m, AmountRules.Maximum(new TieredAmount(ProfileFields.Employees, [new(1m, 10m), new(2m, 30m)])));
    }
}
