using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;
using static PolicyMatch.Tests.TestPolicies;

namespace PolicyMatch.Tests;

/// <summary>Policy conditions on the shared engine with the profile's Chinese labels: every operator, nesting, unknowns, windows.</summary>
public sealed class ConditionEvaluationTests
{
    private static MatchResult Match(Condition condition, Facts facts, DateOnly? today = null) =>
        PolicyMatcher.Match(condition, new FixedAmount(1m), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), true, facts, today ?? Today);

    [Theory]
    [InlineData(ComparisonOperator.Equal, 3.0, 3.0, EligibilityOutcome.Met)]
    [InlineData(ComparisonOperator.Equal, 3.0, 2.0, EligibilityOutcome.NotMet)]
    [InlineData(ComparisonOperator.NotEqual, 3.0, 2.0, EligibilityOutcome.Met)]
    [InlineData(ComparisonOperator.GreaterThan, 3.0, 3.0, EligibilityOutcome.NotMet)]
    [InlineData(ComparisonOperator.GreaterThan, 3.0, 3.1, EligibilityOutcome.Met)]
    [InlineData(ComparisonOperator.GreaterThanOrEqual, 3.0, 3.0, EligibilityOutcome.Met)]
    [InlineData(ComparisonOperator.GreaterThanOrEqual, 3.0, 2.1, EligibilityOutcome.NotMet)]
    [InlineData(ComparisonOperator.LessThan, 5.5, 5.5, EligibilityOutcome.NotMet)]
    [InlineData(ComparisonOperator.LessThan, 5.5, 1.0, EligibilityOutcome.Met)]
    [InlineData(ComparisonOperator.LessThanOrEqual, 5.5, 5.5, EligibilityOutcome.Met)]
    [InlineData(ComparisonOperator.LessThanOrEqual, 5.5, 6.0, EligibilityOutcome.NotMet)]
    public void Numeric_operators_compare_the_fact_with_the_threshold(ComparisonOperator op, double threshold, double actual, EligibilityOutcome expected)
    {
        var result = Match(Compare(ProfileFields.RdRatio, op, (decimal)threshold), new Facts().Set(ProfileFields.RdRatio, (decimal)actual));

        Assert.Equal(expected, result.Outcome);
        var explanation = Assert.Single(result.Explanations, e => e.Field == ProfileFields.RdRatio);
        Assert.Equal("研发费用占营业收入比例", explanation.Label);
        Assert.Equal(expected, explanation.Outcome);
    }

    [Fact]
    public void A_near_miss_explains_required_actual_and_the_gap()
    {
        var result = Match(Compare(ProfileFields.RdRatio, ComparisonOperator.GreaterThanOrEqual, 3m), new Facts().Set(ProfileFields.RdRatio, 2.1m));

        var explanation = Assert.Single(result.Unmet);
        Assert.Equal("≥", explanation.Operator);
        Assert.Equal("3 %", explanation.Required);
        Assert.Equal("2.1 %", explanation.Actual);
        Assert.Equal(0.9m, explanation.Gap);
        Assert.Contains("未满足", explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_contains_starts_with_and_exists_work_on_text_sets_and_codes()
    {
        var facts = new Facts()
            .Set(ProfileFields.SizeClass, "小型")
            .Set(ProfileFields.Certifications, ["高新技术企业", "省级专精特新中小企业"])
            .Set(ProfileFields.IndustryCode, "C3911");

        Assert.Equal(EligibilityOutcome.Met, Match(Compare(ProfileFields.SizeClass, ComparisonOperator.In, new[] { "中型", "小型" }), facts).Outcome);
        Assert.Equal(EligibilityOutcome.NotMet, Match(Compare(ProfileFields.SizeClass, ComparisonOperator.In, new[] { "大型" }), facts).Outcome);
        Assert.Equal(EligibilityOutcome.Met, Match(Compare(ProfileFields.Certifications, ComparisonOperator.Contains, "高新技术企业"), facts).Outcome);
        Assert.Equal(EligibilityOutcome.NotMet, Match(Compare(ProfileFields.Certifications, ComparisonOperator.Contains, "绿色工厂"), facts).Outcome);
        Assert.Equal(EligibilityOutcome.Met, Match(Compare(ProfileFields.IndustryCode, ComparisonOperator.StartsWith, "C39"), facts).Outcome);
        Assert.Equal(EligibilityOutcome.Met, Match(new Comparison(ProfileFields.IndustryCode, ComparisonOperator.Exists, default), facts).Outcome);
        Assert.Equal(EligibilityOutcome.NotMet, Match(new Comparison(ProfileFields.ExportValue, ComparisonOperator.Exists, default), facts).Outcome);
    }

    [Fact]
    public void Flags_and_dates_compare_as_such()
    {
        var facts = new Facts().Set(ProfileFields.IpWhitelisted, true).Set(ProfileFields.RegisteredOn, new DateOnly(2024, 3, 1));

        Assert.Equal(EligibilityOutcome.Met, Match(Compare(ProfileFields.IpWhitelisted, ComparisonOperator.Equal, true), facts).Outcome);
        Assert.Equal(EligibilityOutcome.Met, Match(Compare(ProfileFields.RegisteredOn, ComparisonOperator.GreaterThanOrEqual, "2024-01-01"), facts).Outcome);
        Assert.Equal(EligibilityOutcome.NotMet, Match(Compare(ProfileFields.RegisteredOn, ComparisonOperator.GreaterThanOrEqual, "2025-01-01"), facts).Outcome);
    }

    [Fact]
    public void A_missing_fact_is_unknown_not_false_and_is_listed_to_provide()
    {
        var condition = new AllOf([
            Compare(ProfileFields.RdRatio, ComparisonOperator.GreaterThanOrEqual, 3m),
            Compare(ProfileFields.Employees, ComparisonOperator.LessThanOrEqual, 500m),
        ]);

        var result = Match(condition, new Facts().Set(ProfileFields.Employees, 120m));

        Assert.Equal(EligibilityOutcome.Unknown, result.Outcome);
        var missing = Assert.Single(result.Missing);
        Assert.Equal(ProfileFields.RdRatio, missing.Field);
        Assert.Null(missing.Actual);
        Assert.Contains("请补充", missing.Text, StringComparison.Ordinal);
        Assert.Empty(result.Unmet);
    }

    [Fact]
    public void Not_over_an_unknown_fact_stays_unknown()
    {
        var result = Match(new Not(Compare(ProfileFields.CreditStanding, ComparisonOperator.Equal, "D")), new Facts());

        Assert.Equal(EligibilityOutcome.Unknown, result.Outcome);
    }

    [Fact]
    public void Nested_all_any_not_combine_with_three_valued_logic_and_explain_every_leaf()
    {
        // 专精特新 or 小巨人, and R&D ≥ 5 %, and not credit D.
        var condition = new AllOf([
            new AnyOf([
                Compare(ProfileFields.Certifications, ComparisonOperator.Contains, "省级专精特新中小企业"),
                Compare(ProfileFields.Certifications, ComparisonOperator.Contains, "国家级专精特新“小巨人”企业"),
            ]),
            Compare(ProfileFields.RdRatio, ComparisonOperator.GreaterThanOrEqual, 5m),
            new Not(Compare(ProfileFields.CreditStanding, ComparisonOperator.Equal, "D")),
        ]);
        var facts = new Facts()
            .Set(ProfileFields.Certifications, ["省级专精特新中小企业"])
            .Set(ProfileFields.RdRatio, 5.4m)
            .Set(ProfileFields.CreditStanding, "A");

        var met = Match(condition, facts);
        Assert.Equal(EligibilityOutcome.Met, met.Outcome);
        Assert.Equal(5, met.Explanations.Count); // four comparisons and the window
        var notD = Assert.Single(met.Explanations, e => e.Field == ProfileFields.CreditStanding);
        Assert.Equal("≠", notD.Operator);
        // The unsatisfied alternative of a satisfied "any of" is shown but does not block.
        Assert.Contains(met.Explanations, e => e.Outcome == EligibilityOutcome.NotMet && !e.Blocking);
        Assert.Empty(met.Unmet);

        var penalised = Match(condition, new Facts()
            .Set(ProfileFields.Certifications, ["省级专精特新中小企业"]).Set(ProfileFields.RdRatio, 5.4m).Set(ProfileFields.CreditStanding, "D"));
        Assert.Equal(EligibilityOutcome.NotMet, penalised.Outcome);
        Assert.Equal(ProfileFields.CreditStanding, Assert.Single(penalised.Unmet).Field);

        var unknownWithFalse = Match(condition, new Facts().Set(ProfileFields.RdRatio, 4m));
        Assert.Equal(EligibilityOutcome.NotMet, unknownWithFalse.Outcome); // false AND unknown = false
    }

    [Fact]
    public void Outside_the_application_window_a_firm_is_not_eligible_and_told_why()
    {
        var facts = new Facts().Set(ProfileFields.RdRatio, 4m);
        var condition = Compare(ProfileFields.RdRatio, ComparisonOperator.GreaterThanOrEqual, 3m);

        var before = PolicyMatcher.Match(condition, new FixedAmount(1m), new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), true, facts, new DateOnly(2026, 5, 20));
        var inside = PolicyMatcher.Match(condition, new FixedAmount(1m), new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), true, facts, new DateOnly(2026, 6, 30));
        var after = PolicyMatcher.Match(condition, new FixedAmount(1m), new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), true, facts, new DateOnly(2026, 7, 1));

        Assert.Equal(EligibilityOutcome.NotMet, before.Outcome);
        var window = Assert.Single(before.Unmet);
        Assert.Equal(PolicyMatcher.WindowField, window.Field);
        Assert.Equal("2026-06-01 至 2026-06-30", window.Required);
        Assert.Equal(12m, window.Gap);
        Assert.Equal(EligibilityOutcome.Met, inside.Outcome);
        Assert.Equal(EligibilityOutcome.NotMet, after.Outcome);
        Assert.False(after.WindowOpen);
    }

    [Fact]
    public void A_version_that_is_not_published_or_no_longer_in_force_matches_no_one()
    {
        var policy = Policy.Create("QM-KJ-099", PolicyCategory.TechInnovation, Terms(effectiveTo: new DateOnly(2026, 3, 31), closes: new DateOnly(2026, 3, 31)), "officer", Now);
        var facts = new Facts().Set(ProfileFields.RdRatio, 4m);

        Assert.Equal(EligibilityOutcome.NotMet, PolicyMatcher.Match(policy.Latest, facts, new DateOnly(2026, 3, 1)).Outcome); // a draft

        policy.PublishDraft("officer", Now);
        Assert.Equal(EligibilityOutcome.Met, PolicyMatcher.Match(policy.Latest, facts, new DateOnly(2026, 3, 1)).Outcome);
        Assert.Equal(EligibilityOutcome.NotMet, PolicyMatcher.Match(policy.Latest, facts, new DateOnly(2026, 4, 1)).Outcome); // expired
    }

    [Fact]
    public void One_numeric_condition_within_a_fifth_of_its_threshold_is_a_near_miss()
    {
        var condition = new AllOf([
            Compare(ProfileFields.RdRatio, ComparisonOperator.GreaterThanOrEqual, 3m),
            Compare(ProfileFields.Employees, ComparisonOperator.GreaterThanOrEqual, 10m),
        ]);

        Assert.True(Match(condition, new Facts().Set(ProfileFields.RdRatio, 2.8m).Set(ProfileFields.Employees, 40m)).NearMiss);
        Assert.False(Match(condition, new Facts().Set(ProfileFields.RdRatio, 1.5m).Set(ProfileFields.Employees, 40m)).NearMiss);
        Assert.False(Match(condition, new Facts().Set(ProfileFields.RdRatio, 2.8m).Set(ProfileFields.Employees, 9m)).NearMiss);
        Assert.False(Match(condition, new Facts().Set(ProfileFields.RdRatio, 2.8m)).NearMiss); // something is still unknown
    }
}
