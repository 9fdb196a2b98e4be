using Qingmeng.Finance.Infrastructure.ReferenceData;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Finance.Tests;

public sealed class MatchmakingTests
{
    private static IReadOnlyList<LoanProduct> Catalogue() => FinanceCatalogue.Products.Select(LoanProduct.Create).ToList();

    [Fact]
    public void The_catalogue_has_every_programme_and_the_tech_loan_tops_out_at_ten_million()
    {
        var products = Catalogue();

        Assert.Equal(Enum.GetValues<ProductKind>().Order(), products.Select(p => p.Kind).Distinct().Order());
        Assert.All(products.Where(p => p.Kind == ProductKind.SciTech), p => Assert.Equal(10_000_000m, p.MaxAmount));
        Assert.All(products, p => Assert.Equal(100m, p.GovernmentRiskSharePercent + p.BankRiskSharePercent + p.GuarantorRiskSharePercent));
        Assert.Contains(FinanceCatalogue.Banks, b => b.Code == "QZBANK" && b.Name == "泉州银行");
    }

    [Fact]
    public void Price_is_LPR_plus_spread_and_effective_cost_adds_the_guarantee_fee_less_the_subsidy()
    {
        var product = TestData.Product("QZBANK-KCD");

        Assert.Equal(3.10m, product.RatePercent(TestData.Lpr));
        Assert.Equal(2.60m, product.EffectiveCostPercent(TestData.Lpr));
        Assert.Equal(3.50m, TestData.Product("BOCQZ-SZD").RatePercent(TestData.Lpr));
    }

    [Fact]
    public void Eligible_products_rank_first_by_what_the_firm_really_pays()
    {
        var facts = FinanceFields.For(TestData.Profile(), 2_000_000m, 24, hasMaturingLoan: false);

        var ranked = Matchmaker.Rank(Catalogue(), facts, TestData.Lpr, 2_000_000m, 24);

        var eligible = ranked.TakeWhile(m => m.Outcome == EligibilityOutcome.Met).ToList();
        Assert.Contains(eligible, m => m.Product.Code == "QZBANK-KCD");
        Assert.Contains(eligible, m => m.Product.Code == "ICBCQZ-KCD");
        Assert.Equal(eligible.OrderBy(m => m.EffectiveCostPercent).Select(m => m.Product.Code), eligible.Select(m => m.Product.Code));
        Assert.DoesNotContain(ranked.Skip(eligible.Count), m => m.Outcome == EligibilityOutcome.Met);
        Assert.All(eligible, m => Assert.NotNull(m.MonthlyInstalment));
    }

    [Fact]
    public void An_amount_above_the_maximum_is_a_near_miss_with_its_gap()
    {
        var facts = FinanceFields.For(TestData.Profile(), 12_000_000m, 24, hasMaturingLoan: false);

        var match = Matchmaker.Match(TestData.Product("QZBANK-KCD"), facts, TestData.Lpr, 12_000_000m, 24);

        Assert.Equal(EligibilityOutcome.NotMet, match.Outcome);
        var gap = Assert.Single(match.Gaps);
        Assert.Equal(FinanceFields.RequestedAmount, gap.Field);
        Assert.Equal("≤", gap.Operator);
        Assert.Equal(2_000_000m, gap.Gap);
        Assert.Contains("融资金额", gap.Text);
    }

    [Fact]
    public void A_rule_missed_by_a_little_ranks_above_one_missed_by_a_lot()
    {
        var nearly = FinanceFields.For(TestData.Profile(rd: 2.8m), 2_000_000m, 24, false);
        var far = FinanceFields.For(TestData.Profile(rd: 0.5m), 2_000_000m, 24, false);
        var product = TestData.Product("QZBANK-KCD");

        var near = Matchmaker.Match(product, nearly, TestData.Lpr, 2_000_000m, 24);
        var distant = Matchmaker.Match(product, far, TestData.Lpr, 2_000_000m, 24);

        Assert.Equal(0.2m, Assert.Single(near.Gaps).Gap);
        Assert.Equal(2.5m, Assert.Single(distant.Gaps).Gap);
    }

    [Fact]
    public void Without_a_profile_the_rules_are_unknown_and_name_the_missing_facts()
    {
        var facts = FinanceFields.For(null, 2_000_000m, 12, false);

        var match = Matchmaker.Match(TestData.Product("CIBQZ-SKD"), facts, TestData.Lpr, 2_000_000m, 12);

        Assert.Equal(EligibilityOutcome.Unknown, match.Outcome);
        Assert.Contains(match.Missing, e => e.Field == FinanceFields.InDifficulty);
        Assert.Empty(match.Gaps);
    }

    [Fact]
    public void IP_pledge_loans_need_the_white_list()
    {
        var listed = TestData.Profile();
        listed.SetWhitelist(true, TestData.BeforeNationalDay);

        var off = Matchmaker.Match(TestData.Product("QZBANK-ZSCQ"), FinanceFields.For(TestData.Profile(), 1_000_000m, 12, false), TestData.Lpr, 1_000_000m, 12);
        var on = Matchmaker.Match(TestData.Product("QZBANK-ZSCQ"), FinanceFields.For(listed, 1_000_000m, 12, false), TestData.Lpr, 1_000_000m, 12);

        Assert.Equal(EligibilityOutcome.NotMet, off.Outcome);
        Assert.Equal(FinanceFields.OnWhitelist, Assert.Single(off.Gaps).Field);
        Assert.Equal(EligibilityOutcome.Met, on.Outcome);
    }

    [Fact]
    public void Conditions_survive_a_round_trip_through_json_as_stored_in_the_database()
    {
        var product = TestData.Product("BOCQZ-SZD");
        var json = System.Text.Json.JsonSerializer.Serialize(product.Eligibility, Qingmeng.ServiceDefaults.PlatformJson.Options);

        var back = System.Text.Json.JsonSerializer.Deserialize<Condition>(json, Qingmeng.ServiceDefaults.PlatformJson.Options)!;

        var facts = FinanceFields.For(TestData.Profile(), 5_000_000m, 36, false);
        Assert.Equal(EligibilityEvaluator.Evaluate(product.Eligibility, facts).Outcome, EligibilityEvaluator.Evaluate(back, facts).Outcome);
        Assert.Equal(product.Eligibility.Fields(), back.Fields());
    }
}
