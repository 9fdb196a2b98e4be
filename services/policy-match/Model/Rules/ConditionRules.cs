using System.Text.Json;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Rules;

/// <summary>Static checks on a condition tree: known fields, operators that fit the field, values of the right type.</summary>
public static class ConditionRules
{
    public const int MaxDepth = 8;

    public static IEnumerable<(string Field, string Message)> Problems(Condition? condition, string path, int depth = 0)
    {
        if (condition is null)
        {
            yield return (path, "须有条件 (a condition is required)");
            yield break;
        }
        if (depth > MaxDepth)
        {
            yield return (path, $"条件最多嵌套 {MaxDepth} 层 (conditions may nest at most {MaxDepth} levels deep)");
            yield break;
        }

        switch (condition)
        {
            case AllOf { Conditions: var all }:
                foreach (var problem in Children(all, path, depth, "allOf"))
                {
                    yield return problem;
                }
                break;
            case AnyOf { Conditions: var any }:
                foreach (var problem in Children(any, path, depth, "anyOf"))
                {
                    yield return problem;
                }
                break;
            case Not { Condition: var inner }:
                foreach (var problem in Problems(inner, $"{path}.condition", depth + 1))
                {
                    yield return problem;
                }
                break;
            case Comparison comparison:
                if (ComparisonProblem(comparison) is { } message)
                {
                    yield return ($"{path}.field", message);
                }
                break;
        }
    }

    private static IEnumerable<(string Field, string Message)> Children(IReadOnlyList<Condition>? children, string path, int depth, string kind)
    {
        if (children is null || children.Count == 0)
        {
            yield return ($"{path}.conditions", $"{kind} 至少需要一个条件 (an {kind} needs at least one condition)");
            yield break;
        }
        for (var i = 0; i < children.Count; i++)
        {
            foreach (var problem in Problems(children[i], $"{path}.conditions[{i}]", depth + 1))
            {
                yield return problem;
            }
        }
    }

    private static string? ComparisonProblem(Comparison comparison)
    {
        if (string.IsNullOrWhiteSpace(comparison.Field) || ProfileFields.Find(comparison.Field) is not { } field)
        {
            return $"未知的画像字段 {comparison.Field} (unknown profile field '{comparison.Field}')";
        }

        var value = comparison.Value;
        return comparison.Operator switch
        {
            ComparisonOperator.Exists => value.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Undefined or JsonValueKind.Null
                ? null : $"'{field.Key}' exists takes true or false.",
            ComparisonOperator.In => value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && value.EnumerateArray().All(v => Fits(field, v))
                ? null : $"'{field.Key}' in takes a non-empty list of {Describe(field)} values.",
            ComparisonOperator.StartsWith => field.Kind == ProfileFieldKind.Text && value.ValueKind == JsonValueKind.String
                ? null : $"startsWith 只适用于文本字段和文本值；{field.Key} 是{Describe(field)} (startsWith applies to text fields with a text value)",
            ComparisonOperator.Contains => field.Kind == ProfileFieldKind.TextSet && value.ValueKind == JsonValueKind.String
                ? null : $"contains 只适用于集合字段和文本值；{field.Key} 是{Describe(field)} (contains applies to set fields with a text value)",
            ComparisonOperator.GreaterThan or ComparisonOperator.GreaterThanOrEqual or ComparisonOperator.LessThan or ComparisonOperator.LessThanOrEqual =>
                field.Kind is ProfileFieldKind.Number or ProfileFieldKind.Date && Fits(field, value)
                    ? null : $"{field.Key}（{Describe(field)}）不能与 {value.ValueKind} 比较大小 ('{field.Key}' cannot be ordered against {value.ValueKind})",
            ComparisonOperator.Equal or ComparisonOperator.NotEqual =>
                field.Kind != ProfileFieldKind.TextSet && Fits(field, value)
                    ? null : $"{field.Key}（{Describe(field)}）不能与 {value.ValueKind} 比较相等 ('{field.Key}' cannot equal {value.ValueKind})",
            _ => $"{field.Key} 的运算符未知 (unknown operator for '{field.Key}')",
        };
    }

    private static bool Fits(ProfileField field, JsonElement value) => field.Kind switch
    {
        ProfileFieldKind.Number => value.ValueKind == JsonValueKind.Number,
        ProfileFieldKind.Flag => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        ProfileFieldKind.Date => value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out _),
        _ => value.ValueKind == JsonValueKind.String,
    };

    private static string Describe(ProfileField field) => field.Kind switch
    {
        ProfileFieldKind.Number => "数字 (a number)",
        ProfileFieldKind.Flag => "true/false",
        ProfileFieldKind.Date => "日期 yyyy-MM-dd (a date)",
        ProfileFieldKind.TextSet => "文本集合 (a set of texts)",
        _ => "文本 (a text)",
    };
}
