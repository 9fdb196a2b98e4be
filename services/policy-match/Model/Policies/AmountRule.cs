using System.Text.Json.Serialization;

namespace Qingmeng.PolicyMatch.Model.Policies;

/// <summary>How much a firm receives under a policy version, in yuan. Stored as JSON (jsonb) with a <c>$type</c> discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(FixedAmount), "fixed")]
[JsonDerivedType(typeof(PercentageAmount), "percentage")]
[JsonDerivedType(typeof(TieredAmount), "tiered")]
public abstract record AmountRule;

/// <summary>A fixed sum, e.g. 200,000 yuan for a newly certified high-tech firm.</summary>
public sealed record FixedAmount(decimal Amount) : AmountRule;

/// <summary>A percentage of a profile figure (e.g. 10 % of R&amp;D spending), capped.</summary>
public sealed record PercentageAmount(string Field, decimal Percent, decimal Cap) : AmountRule;
