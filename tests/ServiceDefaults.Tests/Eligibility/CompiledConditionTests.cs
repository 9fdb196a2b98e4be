using System.Text.Json;
using Qingmeng.ServiceDefaults.Eligibility;

namespace ServiceDefaults.Tests.Eligibility;

/// <summary>
/// The compiled evaluator against the reference <see cref="EligibilityEvaluator"/>: random rules (every operator,
/// nested AND / OR / NOT, empty groups, values of every JSON kind) on random facts (unknown, of the field's kind or of
/// another kind), with a fixed seed. The compact explanation, rendered, must be the reference result exactly.
/// </summary>
public sealed class CompiledConditionTests
{
    private static readonly string[] Fields = ["number", "text", "flag", "date", "set", "other"];

    private static readonly FieldCatalog Catalog = new(new Dictionary<string, FieldDefinition>
    {
        ["number"] = new("研发投入占比", "%"),
        ["text"] = new("行业代码"),
        ["flag"] = new("规模以上企业"),
        ["date"] = new("成立日期"),
        ["set"] = new("资质认定"),
    });

    private static readonly FactSchema Schema = new(Fields);

    private static readonly decimal[] Numbers = [0m, 1m, 2.5m, 2.50m, 3m, 10m, 0.0001m, 12345678.9m, 1e20m];
    private static readonly string[] Texts = ["A", "B", "C39", "C3911", "高新技术企业", "专精特新", "3", "2025-06-30", ""];
    private static readonly string[] Dates = ["2024-01-01", "2025-06-30", "2026-12-31"];

    [Fact]
    public void The_compact_explanation_renders_exactly_what_the_evaluator_explains_for_random_rules_and_facts()
    {
        var random = new Random(20261128);
        var row = new FactRow(Schema);
        var outcomes = new byte[64];
        var compared = 0;
        for (var rule = 0; rule < 3_000; rule++)
        {
            var condition = RandomCondition(random, depth: 0);
            var compiled = CompiledCondition.Compile(condition, Schema, Catalog);
            for (var firm = 0; firm < 25; firm++)
            {
                var facts = RandomFacts(random);
                var expected = EligibilityEvaluator.Evaluate(condition, facts, Catalog);

                var tally = compiled.Evaluate(row.Load(facts, compiled.Slots), outcomes);
                var rendered = compiled.Render(row, outcomes);

                string Context() => $"rule {Describe(condition)} on facts {Describe(facts)}";
                Check(expected.Outcome == tally.Outcome, Context);
                Check(expected.Outcome == rendered.Outcome, Context);
                Check(expected.Explanations.SequenceEqual(rendered.Explanations), Context);
                var unmet = expected.Unmet.ToList();
                Check(unmet.Count == tally.Unmet && expected.Missing.Count() == tally.Missing, Context);
                Check(unmet.Count == 0 ? tally.FirstUnmet == -1 : expected.Explanations[tally.FirstUnmet] == unmet[0], Context);
                Check(unmet.Count == 0 || unmet[0].Gap == compiled.GapOf(tally.FirstUnmet, row), Context);
                compared += expected.Explanations.Count;
            }
        }
        Assert.True(compared > 100_000, $"only {compared} comparisons were checked");
    }

    [Fact]
    public void Unknown_facts_stay_unknown_and_not_is_pushed_down_in_the_compact_form()
    {
        var condition = new AllOf(
        [
            new Not(new AnyOf([Comparison.Of("text", ComparisonOperator.Equal, "D"), Comparison.Of("number", ComparisonOperator.LessThan, 3m)])),
            new Not(new Comparison("other", ComparisonOperator.Exists, default)),
        ]);
        var compiled = CompiledCondition.Compile(condition, Schema, Catalog);
        var row = new FactRow(Schema).Load(new Facts().Set("text", "A"));
        var outcomes = new byte[compiled.ComparisonCount];

        var tally = compiled.Evaluate(row, outcomes);

        Assert.Equal(new EligibilityTally(EligibilityOutcome.Unknown, 0, 1, -1), tally);
        Assert.Equal(new byte[] { (byte)EligibilityOutcome.Met, (byte)EligibilityOutcome.Unknown, (byte)EligibilityOutcome.Met }, outcomes);
        var rendered = compiled.Render(row, outcomes);
        Assert.Equal(new[] { "≠", "≥", "未提供" }, rendered.Explanations.Select(e => e.Operator));
        Assert.Equal("研发投入占比", Assert.Single(rendered.Missing).Label);
    }

    [Fact]
    public void A_field_outside_the_schema_is_refused_when_compiling()
    {
        var error = Assert.Throws<ArgumentException>(() => CompiledCondition.Compile(Comparison.Of("revenue", ComparisonOperator.GreaterThan, 1m), Schema));

        Assert.Contains("revenue", error.Message, StringComparison.Ordinal);
    }

    private static Condition RandomCondition(Random random, int depth)
    {
        var pick = depth >= 3 ? 3 : random.Next(depth == 0 ? 3 : 8);
        return pick switch
        {
            0 => new AllOf(Children(random, depth)),
            1 => new AnyOf(Children(random, depth)),
            2 => new Not(RandomCondition(random, depth + 1)),
            _ => RandomComparison(random),
        };
    }

    private static List<Condition> Children(Random random, int depth) =>
        Enumerable.Range(0, random.Next(5)).Select(_ => RandomCondition(random, depth + 1)).ToList();

    private static Comparison RandomComparison(Random random)
    {
        var field = Fields[random.Next(Fields.Length)];
        var op = (ComparisonOperator)random.Next(Enum.GetValues<ComparisonOperator>().Length);
        return new Comparison(field, op, RandomValue(random, allowArray: true, nested: false));
    }

    private static JsonElement RandomValue(Random random, bool allowArray, bool nested) => random.Next(allowArray ? 9 : 8) switch
    {
        0 or 1 => JsonSerializer.SerializeToElement(Numbers[random.Next(Numbers.Length)]),
        2 => JsonSerializer.SerializeToElement(Numbers[random.Next(Numbers.Length)].ToString(System.Globalization.CultureInfo.InvariantCulture)),
        3 or 4 => JsonSerializer.SerializeToElement(Texts[random.Next(Texts.Length)]),
        5 => JsonSerializer.SerializeToElement(Dates[random.Next(Dates.Length)]),
        6 => JsonSerializer.SerializeToElement(random.Next(2) == 0),
        7 => !nested && random.Next(2) == 0 ? default : JsonSerializer.SerializeToElement<object?>(null),
        _ => JsonSerializer.SerializeToElement(Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, allowArray: random.Next(4) == 0, nested: true)).ToArray()),
    };

    private static Facts RandomFacts(Random random)
    {
        var facts = new Facts();
        foreach (var field in Fields)
        {
            var roll = random.Next(10);
            if (roll < 3)
            {
                continue; // unknown
            }
            var kind = roll < 8 ? Array.IndexOf(Fields, field) : random.Next(5); // mostly the field's own kind, sometimes another
            switch (kind)
            {
                case 0:
                    facts.Set(field, Numbers[random.Next(Numbers.Length)] + random.Next(3) - 1);
                    break;
                case 1:
                    facts.Set(field, Texts[random.Next(Texts.Length)]);
                    break;
                case 2:
                    facts.Set(field, random.Next(2) == 0);
                    break;
                case 3:
                    facts.Set(field, DateOnly.Parse(Dates[random.Next(Dates.Length)], System.Globalization.CultureInfo.InvariantCulture).AddDays(random.Next(3) - 1));
                    break;
                default:
                    facts.Set(field, Texts.Where(_ => random.Next(3) == 0));
                    break;
            }
        }
        return facts;
    }

    private static void Check(bool holds, Func<string> context)
    {
        if (!holds)
        {
            Assert.Fail(context());
        }
    }

    private static string Describe(Condition condition) => condition switch
    {
        AllOf all => $"all({string.Join(", ", all.Conditions.Select(Describe))})",
        AnyOf any => $"any({string.Join(", ", any.Conditions.Select(Describe))})",
        Not not => $"not({Describe(not.Condition)})",
        Comparison c => $"{c.Field} {c.Operator} {(c.Value.ValueKind == JsonValueKind.Undefined ? "-" : c.Value.GetRawText())}",
        _ => "?",
    };

    private static string Describe(Facts facts) =>
        string.Join(", ", facts.Select(f => $"{f.Key}={(f.Value is ISet<string> set ? "{" + string.Join("|", set) + "}" : f.Value)}"));
}
