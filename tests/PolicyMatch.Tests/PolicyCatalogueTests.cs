using Qingmeng.PolicyMatch.Infrastructure.ReferenceData;
using Qingmeng.PolicyMatch.Model.Policies;

namespace PolicyMatch.Tests;

public sealed class PolicyCatalogueTests
{
    [Fact]
    public void The_catalogue_holds_exactly_85_policies_in_8_categories_with_unique_codes()
    {
        var all = PolicyCatalogue.All;

        Assert.Equal(85, all.Count);
        Assert.Equal(8, all.Select(p => p.Category).Distinct().Count());
        Assert.Equal(Enum.GetValues<PolicyCategory>().Length, all.Select(p => p.Category).Distinct().Count());
        Assert.Equal(85, all.Select(p => p.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_catalogue_policy_is_valid_with_several_chinese_clauses_tags_and_conditions()
    {
        foreach (var entry in PolicyCatalogue.All)
        {
            Assert.Empty(entry.Terms.Validate());
            Assert.True(entry.Terms.Clauses.Count >= 3, entry.Code);
            Assert.All(entry.Terms.Clauses, c => Assert.StartsWith("第", c.Text, StringComparison.Ordinal));
            Assert.NotEmpty(entry.Terms.Tags);
            Assert.False(string.IsNullOrWhiteSpace(entry.Terms.IssuingBody));
            Assert.True(entry.Terms.BudgetEnvelope > 0, entry.Code);
            if (entry.Terms.Mode == PolicyMode.QuickApplication)
            {
                Assert.NotEmpty(entry.Terms.Materials);
            }
        }
    }

    [Fact]
    public void The_catalogue_uses_both_modes_and_all_three_amount_rules()
    {
        var all = PolicyCatalogue.All;

        Assert.Contains(all, p => p.Terms.Mode == PolicyMode.NoApplication);
        Assert.Contains(all, p => p.Terms.Mode == PolicyMode.QuickApplication);
        Assert.Contains(all, p => p.Terms.AmountRule is FixedAmount);
        Assert.Contains(all, p => p.Terms.AmountRule is PercentageAmount);
        Assert.Contains(all, p => p.Terms.AmountRule is TieredAmount);
    }
}
