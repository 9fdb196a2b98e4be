using System.Text.Json;
using Qingmeng.ServiceDefaults.Eligibility;

namespace ServiceDefaults.Tests.Eligibility;

public sealed class EligibilityEvaluatorTests
{
    private static readonly FieldCatalog Catalog = new(new Dictionary<string, FieldDefinition>
    {
        ["rdRatio"] = new("研发投入占比", "%"),
        ["employees"] = new("从业人数", "人"),
        ["certifications"] = new("资质认定"),
        ["creditStanding"] = new("信用状况"),
        ["industryCode"] = new("行业代码"),
        ["registeredOn"] = new("成立日期"),
    });

    // 专精特新 support: R&D ≥ 3 %, 10–1000 employees, 专精特新 or 高新技术企业, not 失信, manufacturing (C).
    private static readonly Condition Rule = new AllOf(
    [
        Comparison.Of("rdRatio", ComparisonOperator.GreaterThanOrEqual, 3m),
        new AllOf([Comparison.Of("employees", ComparisonOperator.GreaterThanOrEqual, 10), Comparison.Of("employees", ComparisonOperator.LessThanOrEqual, 1000)]),
        new AnyOf([Comparison.Of("certifications", ComparisonOperator.Contains, "专精特新"), Comparison.Of("certifications", ComparisonOperator.Contains, "高新技术企业")]),
        new Not(Comparison.Of("creditStanding", ComparisonOperator.Equal, "失信")),
        Comparison.Of("industryCode", ComparisonOperator.StartsWith, "C"),
    ]);

    private static Facts EligibleFirm() => new Facts()
        .Set("rdRatio", 4.2m).Set("employees", 320).Set("certifications", ["高新技术企业"])
        .Set("creditStanding", "守信").Set("industryCode", "C3971");

    [Fact]
    public void A_firm_meeting_every_condition_is_eligible_with_each_condition_explained()
    {
        var result = EligibilityEvaluator.Evaluate(Rule, EligibleFirm(), Catalog);

        Assert.Equal(EligibilityOutcome.Met, result.Outcome);
        Assert.Equal(7, result.Explanations.Count);
        var rd = result.Explanations[0];
        Assert.Equal(("研发投入占比", "≥", "3 %", "4.2 %"), (rd.Label, rd.Operator, rd.Required, rd.Actual));
        Assert.Equal("研发投入占比 ≥ 3 %：实际 4.2 %，满足", rd.Text);
    }

    [Fact]
    public void A_near_miss_is_not_met_and_states_the_gap()
    {
        var result = EligibilityEvaluator.Evaluate(Rule, EligibleFirm().Set("rdRatio", 2.5m), Catalog);

        Assert.Equal(EligibilityOutcome.NotMet, result.Outcome);
        var unmet = Assert.Single(result.Unmet);
        Assert.Equal("rdRatio", unmet.Field);
        Assert.Equal(0.5m, unmet.Gap);
        Assert.Contains("差 0.5", unmet.Text);
    }

    [Fact]
    public void A_missing_fact_makes_the_decision_unknown_not_ineligible()
    {
        var facts = new Facts().Set("rdRatio", 4m).Set("employees", 50).Set("certifications", ["专精特新"]).Set("industryCode", "C39");

        var result = EligibilityEvaluator.Evaluate(Rule, facts, Catalog);

        Assert.Equal(EligibilityOutcome.Unknown, result.Outcome);
        var missing = Assert.Single(result.Missing);
        Assert.Equal("creditStanding", missing.Field);
        Assert.Null(missing.Actual);
        Assert.EndsWith("尚无该信息，请补充", missing.Text);
    }

    [Fact]
    public void Not_met_outweighs_unknown_in_a_conjunction_and_met_outweighs_unknown_in_a_disjunction()
    {
        var conjunction = new AllOf([Comparison.Of("a", ComparisonOperator.Equal, 1), Comparison.Of("b", ComparisonOperator.Equal, 1)]);
        var disjunction = new AnyOf([Comparison.Of("a", ComparisonOperator.Equal, 1), Comparison.Of("b", ComparisonOperator.Equal, 1)]);

        Assert.Equal(EligibilityOutcome.NotMet, EligibilityEvaluator.Evaluate(conjunction, new Facts().Set("a", 2)).Outcome);
        Assert.Equal(EligibilityOutcome.Met, EligibilityEvaluator.Evaluate(disjunction, new Facts().Set("a", 1)).Outcome);
        Assert.Equal(EligibilityOutcome.Unknown, EligibilityEvaluator.Evaluate(disjunction, new Facts().Set("a", 2)).Outcome);
    }

    [Fact]
    public void Negation_is_explained_as_the_condition_that_actually_applies()
    {
        var result = EligibilityEvaluator.Evaluate(Rule, EligibleFirm().Set("creditStanding", "失信"), Catalog);

        Assert.Equal(EligibilityOutcome.NotMet, result.Outcome);
        var credit = Assert.Single(result.Unmet);
        Assert.Equal(("信用状况", "≠", "失信", "失信"), (credit.Label, credit.Operator, credit.Required, credit.Actual));
    }

    [Fact]
    public void Negating_a_conjunction_follows_de_morgan()
    {
        // NOT (employees ≥ 10 AND employees ≤ 1000) = employees < 10 OR employees > 1000.
        var rule = new Not(new AllOf([Comparison.Of("employees", ComparisonOperator.GreaterThanOrEqual, 10), Comparison.Of("employees", ComparisonOperator.LessThanOrEqual, 1000)]));

        var small = EligibilityEvaluator.Evaluate(rule, new Facts().Set("employees", 5));
        var mid = EligibilityEvaluator.Evaluate(rule, new Facts().Set("employees", 500));

        Assert.Equal(EligibilityOutcome.Met, small.Outcome);
        Assert.Equal(["<", ">"], small.Explanations.Select(e => e.Operator));
        Assert.Equal(EligibilityOutcome.NotMet, mid.Outcome);
    }

    [Theory]
    [InlineData("C3971", "StartsWith", "\"C39\"", EligibilityOutcome.Met)]
    [InlineData("C3971", "StartsWith", "\"C40\"", EligibilityOutcome.NotMet)]
    [InlineData("丰泽区", "In", "[\"丰泽区\",\"鲤城区\"]", EligibilityOutcome.Met)]
    [InlineData("晋江市", "In", "[\"丰泽区\",\"鲤城区\"]", EligibilityOutcome.NotMet)]
    [InlineData("A", "GreaterThan", "5", EligibilityOutcome.Unknown)]
    public void String_operators_compare_ordinally_and_a_type_mismatch_is_unknown(string actual, string op, string value, EligibilityOutcome expected)
    {
        var rule = new Comparison("field", Enum.Parse<ComparisonOperator>(op), JsonDocument.Parse(value).RootElement);

        Assert.Equal(expected, EligibilityEvaluator.Evaluate(rule, new Facts().Set("field", actual)).Outcome);
    }

    [Fact]
    public void Dates_booleans_and_existence_are_compared()
    {
        var rule = new AllOf(
        [
            Comparison.Of("registeredOn", ComparisonOperator.LessThanOrEqual, "2024-12-31"),
            Comparison.Of("hasLoan", ComparisonOperator.Equal, true),
            new Comparison("patents", ComparisonOperator.Exists, default),
        ]);

        var met = EligibilityEvaluator.Evaluate(rule, new Facts().Set("registeredOn", new DateOnly(2020, 5, 1)).Set("hasLoan", true).Set("patents", 3), Catalog);
        var late = EligibilityEvaluator.Evaluate(rule, new Facts().Set("registeredOn", new DateOnly(2025, 1, 10)).Set("hasLoan", true), Catalog);

        Assert.Equal(EligibilityOutcome.Met, met.Outcome);
        Assert.Equal(EligibilityOutcome.NotMet, late.Outcome);
        Assert.Equal(10m, late.Explanations[0].Gap);
        // Exists is never unknown: a fact that is absent simply does not exist.
        Assert.Equal(EligibilityOutcome.NotMet, late.Explanations[2].Outcome);
    }

    [Fact]
    public void A_rule_round_trips_through_json_with_type_discriminators()
    {
        var json = JsonSerializer.Serialize<Condition>(Rule);
        var back = JsonSerializer.Deserialize<Condition>(json)!;

        Assert.Contains("\"$type\":\"allOf\"", json);
        Assert.Contains("\"operator\":\"GreaterThanOrEqual\"", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(EligibilityEvaluator.Evaluate(Rule, EligibleFirm()).Explanations.Select(e => e.Text),
            EligibilityEvaluator.Evaluate(back, EligibleFirm()).Explanations.Select(e => e.Text));
        Assert.Equal(["rdRatio", "employees", "certifications", "creditStanding", "industryCode"], back.Fields().Distinct());
    }

    [Fact]
    public void An_alternative_left_unmet_beside_a_satisfied_one_does_not_block()
    {
        var result = EligibilityEvaluator.Evaluate(Rule, EligibleFirm(), Catalog);

        var alternative = result.Explanations.Single(e => e.Required == "专精特新");
        Assert.Equal(EligibilityOutcome.NotMet, alternative.Outcome);
        Assert.False(alternative.Blocking);
        Assert.Empty(result.Unmet);
    }
}
