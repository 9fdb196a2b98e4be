using System.Globalization;
using System.Text.Json;

namespace Qingmeng.ServiceDefaults.Eligibility;

/// <summary>
/// Evaluates a <see cref="Condition"/> against <see cref="Facts"/> with three-valued (Kleene) logic and
/// explains every comparison. NOT is pushed down to the comparisons (De Morgan), so each explanation
/// states the condition as it actually applies: "not (credit standing = 失信)" reads "信用状况 ≠ 失信".
/// </summary>
public static class EligibilityEvaluator
{
    public static EligibilityResult Evaluate(Condition condition, Facts facts, FieldCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(facts);
        var explanations = new List<ConditionExplanation>();
        var outcome = Evaluate(condition, negated: false, facts, catalog ?? FieldCatalog.Empty, explanations);
        return new EligibilityResult(outcome, explanations);
    }

    private static EligibilityOutcome Evaluate(Condition condition, bool negated, Facts facts, FieldCatalog catalog, List<ConditionExplanation> explanations) =>
        condition switch
        {
            AllOf all => negated ? Any(all.Conditions, true, facts, catalog, explanations) : All(all.Conditions, false, facts, catalog, explanations),
            AnyOf any => negated ? All(any.Conditions, true, facts, catalog, explanations) : Any(any.Conditions, false, facts, catalog, explanations),
            Not not => Evaluate(not.Condition, !negated, facts, catalog, explanations),
            Comparison comparison => Compare(comparison, negated, facts, catalog, explanations),
            _ => throw new NotSupportedException($"Unknown condition type {condition.GetType().Name}."),
        };

    private static EligibilityOutcome All(IReadOnlyList<Condition> conditions, bool negated, Facts facts, FieldCatalog catalog, List<ConditionExplanation> explanations)
    {
        // Every child is evaluated (no short circuit) so the applicant sees every unmet or missing condition at once.
        var outcomes = conditions.Select(c => Evaluate(c, negated, facts, catalog, explanations)).ToList();
        return outcomes.Contains(EligibilityOutcome.NotMet) ? EligibilityOutcome.NotMet
            : outcomes.Contains(EligibilityOutcome.Unknown) ? EligibilityOutcome.Unknown
            : EligibilityOutcome.Met;
    }

    private static EligibilityOutcome Any(IReadOnlyList<Condition> conditions, bool negated, Facts facts, FieldCatalog catalog, List<ConditionExplanation> explanations)
    {
        var first = explanations.Count;
        var outcomes = conditions.Select(c => Evaluate(c, negated, facts, catalog, explanations)).ToList();
        if (outcomes.Contains(EligibilityOutcome.Met))
        {
            // One alternative suffices: the others are shown, but they no longer stand in the applicant's way.
            for (var i = first; i < explanations.Count; i++)
            {
                explanations[i] = explanations[i] with { Blocking = false };
            }
            return EligibilityOutcome.Met;
        }
        return outcomes.Contains(EligibilityOutcome.Unknown) ? EligibilityOutcome.Unknown : EligibilityOutcome.NotMet;
    }

    private static EligibilityOutcome Compare(Comparison comparison, bool negated, Facts facts, FieldCatalog catalog, List<ConditionExplanation> explanations)
    {
        var field = catalog.Describe(comparison.Field);
        var op = negated ? Negate(comparison.Operator) : (Operator: comparison.Operator, Inverted: false);
        var required = comparison.Operator == ComparisonOperator.Exists ? "" : FormatRequired(comparison.Value, field.Unit);
        var known = facts.TryGet(comparison.Field, out var actual);
        var (outcome, gap) = known ? Test(op.Operator, actual, comparison.Value) : (comparison.Operator == ComparisonOperator.Exists ? false : (bool?)null, null);
        var result = outcome switch
        {
            null => EligibilityOutcome.Unknown,
            var met => met.Value != op.Inverted ? EligibilityOutcome.Met : EligibilityOutcome.NotMet,
        };
        explanations.Add(new ConditionExplanation(
            comparison.Field,
            field.Label,
            Symbol(op.Operator, op.Inverted),
            required,
            known ? FormatFact(actual, field.Unit) : null,
            result,
            result == EligibilityOutcome.NotMet ? gap : null)
        {
            Blocking = result != EligibilityOutcome.Met,
        });
        return result;
    }

    /// <summary>The operator that holds exactly when the original does not; set-like ones keep their operator, inverted.</summary>
    internal static (ComparisonOperator Operator, bool Inverted) Negate(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => (ComparisonOperator.NotEqual, false),
        ComparisonOperator.NotEqual => (ComparisonOperator.Equal, false),
        ComparisonOperator.GreaterThan => (ComparisonOperator.LessThanOrEqual, false),
        ComparisonOperator.GreaterThanOrEqual => (ComparisonOperator.LessThan, false),
        ComparisonOperator.LessThan => (ComparisonOperator.GreaterThanOrEqual, false),
        ComparisonOperator.LessThanOrEqual => (ComparisonOperator.GreaterThan, false),
        _ => (op, true),
    };

    /// <summary>True / false, or null when the fact cannot be compared with the value (wrong type); the gap for numeric misses.</summary>
    private static (bool? Met, decimal? Gap) Test(ComparisonOperator op, object actual, JsonElement value)
    {
        switch (op)
        {
            case ComparisonOperator.Exists:
                return (true, null);
            case ComparisonOperator.In:
                return value.ValueKind == JsonValueKind.Array
                    ? (value.EnumerateArray().Any(candidate => AreEqual(actual, candidate) == true), null)
                    : (null, null);
            case ComparisonOperator.Contains:
                return actual is ISet<string> set && value.ValueKind == JsonValueKind.String
                    ? (set.Contains(value.GetString()!), null)
                    : actual is string text && value.ValueKind == JsonValueKind.String ? (text.Contains(value.GetString()!, StringComparison.Ordinal), null) : (null, null);
            case ComparisonOperator.StartsWith:
                return actual is string code && value.ValueKind == JsonValueKind.String
                    ? (code.StartsWith(value.GetString()!, StringComparison.Ordinal), null)
                    : (null, null);
            case ComparisonOperator.Equal:
                return (AreEqual(actual, value), null);
            case ComparisonOperator.NotEqual:
                return (!AreEqual(actual, value), null);
        }

        if (actual is decimal number && TryNumber(value, out var threshold))
        {
            var met = op switch
            {
                ComparisonOperator.GreaterThan => number > threshold,
                ComparisonOperator.GreaterThanOrEqual => number >= threshold,
                ComparisonOperator.LessThan => number < threshold,
                _ => number <= threshold,
            };
            return (met, Math.Abs(threshold - number));
        }
        if (actual is DateOnly date && TryDate(value, out var boundary))
        {
            var met = op switch
            {
                ComparisonOperator.GreaterThan => date > boundary,
                ComparisonOperator.GreaterThanOrEqual => date >= boundary,
                ComparisonOperator.LessThan => date < boundary,
                _ => date <= boundary,
            };
            return (met, Math.Abs(boundary.DayNumber - date.DayNumber));
        }
        return (null, null);
    }

    private static bool? AreEqual(object actual, JsonElement value) => actual switch
    {
        decimal number => TryNumber(value, out var other) ? number == other : null,
        string text => value.ValueKind == JsonValueKind.String ? text == value.GetString() : null,
        bool flag => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? flag == value.GetBoolean() : null,
        DateOnly date => TryDate(value, out var other) ? date == other : null,
        ISet<string> set => value.ValueKind == JsonValueKind.Array
            ? set.SetEquals(value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!))
            : null,
        _ => null,
    };

    internal static bool TryNumber(JsonElement value, out decimal number)
    {
        number = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDecimal(out number),
            JsonValueKind.String => decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }

    internal static bool TryDate(JsonElement value, out DateOnly date)
    {
        date = default;
        return value.ValueKind == JsonValueKind.String &&
            DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    internal static string Symbol(ComparisonOperator op, bool inverted) => (op, inverted) switch
    {
        (ComparisonOperator.Equal, _) => "=",
        (ComparisonOperator.NotEqual, _) => "≠",
        (ComparisonOperator.GreaterThan, _) => ">",
        (ComparisonOperator.GreaterThanOrEqual, _) => "≥",
        (ComparisonOperator.LessThan, _) => "<",
        (ComparisonOperator.LessThanOrEqual, _) => "≤",
        (ComparisonOperator.In, false) => "属于",
        (ComparisonOperator.In, true) => "不属于",
        (ComparisonOperator.Contains, false) => "包含",
        (ComparisonOperator.Contains, true) => "不包含",
        (ComparisonOperator.StartsWith, false) => "以此开头",
        (ComparisonOperator.StartsWith, true) => "不以此开头",
        (ComparisonOperator.Exists, false) => "已提供",
        _ => "未提供",
    };

    internal static string FormatRequired(JsonElement value, string? unit) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Join("、", value.EnumerateArray().Select(v => FormatJson(v, unit))),
        _ => FormatJson(value, unit),
    };

    private static string FormatJson(JsonElement value, string? unit) => value.ValueKind switch
    {
        JsonValueKind.Number => WithUnit(value.GetDecimal().ToString("0.####", CultureInfo.InvariantCulture), unit),
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Undefined or JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };

    internal static string FormatFact(object actual, string? unit) => actual switch
    {
        decimal number => WithUnit(number.ToString("0.####", CultureInfo.InvariantCulture), unit),
        bool flag => flag ? "是" : "否",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ISet<string> set => set.Count == 0 ? "无" : string.Join("、", set.Order(StringComparer.Ordinal)),
        _ => actual.ToString() ?? "",
    };

    private static string WithUnit(string number, string? unit) => unit is null ? number : $"{number} {unit}";
}
