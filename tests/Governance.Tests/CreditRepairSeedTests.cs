using Qingmeng.Governance.Infrastructure.DemoData;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Validation;

namespace Governance.Tests;

/// <summary>The demo figures' 930 market entities (去年以来，先后帮助930家市场主体完成信用修复).</summary>
public sealed class CreditRepairSeedTests
{
    [Fact]
    public void The_930_firms_have_distinct_valid_credit_codes_and_distinct_chinese_names_outside_the_register_seed()
    {
        var firms = Enumerable.Range(0, GovernanceDemoSeeder.CreditRepairs).Select(GovernanceDemoSeeder.CreditRepairFirm).ToList();

        Assert.All(firms, f => Assert.True(UnifiedSocialCreditCode.IsValid(f.CreditCode), f.CreditCode));
        Assert.Equal(930, firms.Select(f => f.CreditCode).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(930, firms.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(firms, f => Assert.StartsWith("泉州", f.Name));
        Assert.Empty(firms.Select(f => f.CreditCode).Intersect(FirmRegisterSeed.All.Select(f => f.CreditCode)));
        // Every penalty category of the seed has the 3-month publicity period, so a first-half 2024 penalty is repaired in 2024.
        Assert.All(firms, f => Assert.Equal(3, CreditRepairRules.MinimumPublicityMonths(f.Category)));
    }
}
