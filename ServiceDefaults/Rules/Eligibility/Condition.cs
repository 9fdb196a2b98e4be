using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qingmeng.ServiceDefaults.Eligibility;

/// <summary>
/// An eligibility rule as data (policies, loan products, subsidies, apartments): a tree of AND / OR / NOT
/// over comparisons of profile fields. Serialised with a <c>$type</c> of allOf, anyOf, not or comparison,
/// so rules can be stored as jsonb and edited by officers without a deployment.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(AllOf), "allOf")]
[JsonDerivedType(typeof(AnyOf), "anyOf")]
[JsonDerivedType(typeof(Not), "not")]
[JsonDerivedType(typeof(Comparison), "comparison")]
public abstract record Condition
{
    /// <summary>Every field the rule reads, e.g. to tell a firm which facts to fill in.</summary>
    public abstract IEnumerable<string> Fields();
}

public sealed record AllOf(IReadOnlyList<Condition> Conditions) : Condition
{
    public override IEnumerable<string> Fields() => Conditions.SelectMany(c => c.Fields());
}

public sealed record AnyOf(IReadOnlyList<Condition> Conditions) : Condition
{
    public override IEnumerable<string> Fields() => Conditions.SelectMany(c => c.Fields());
}

public sealed record Not(Condition Condition) : Condition
{
    public override IEnumerable<string> Fields() => Condition.Fields();
}

/// <summary>
/// <c>Field Operator Value</c>: a number, string, boolean or date (<c>yyyy-MM-dd</c>), or an array for
/// <see cref="ComparisonOperator.In"/>; <see cref="ComparisonOperator.Exists"/> ignores the value (pass <c>default</c>).
/// </summary>
/// <remarks>
/// No default for <see cref="Value"/>: a defaulted JsonElement parameter breaks the OpenAPI document's schema
/// export (System.Text.Json cannot write the null default as a JsonElement). A missing "value" still reads as default.
/// </remarks>
public sealed record Comparison(string Field, ComparisonOperator Operator, JsonElement Value) : Condition
{
    public override IEnumerable<string> Fields() => [Field];

    public static Comparison Of<T>(string field, ComparisonOperator op, T value) =>
        new(field, op, JsonSerializer.SerializeToElement(value));
}

[JsonConverter(typeof(JsonStringEnumConverter<ComparisonOperator>))]
public enum ComparisonOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
    /// <summary>The fact is one of the listed values.</summary>
    In,
    /// <summary>The fact (a set, e.g. certifications) contains the value.</summary>
    Contains,
    /// <summary>The fact (e.g. an industry code) starts with the value: C39 covers C391 and C3911.</summary>
    StartsWith,
    /// <summary>The fact is known at all; never unknown itself.</summary>
    Exists,
}
