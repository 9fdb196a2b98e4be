using System.Text.Json.Serialization;

namespace Qingmeng.PolicyMatch.Model.Policies;

/// <summary>
/// Tiers on a profile figure: the firm receives the amount of the highest tier whose threshold it reaches
/// (e.g. revenue ≥ 20 million → 100,000; ≥ 50 million → 300,000). Below the first tier it receives nothing.
/// </summary>
public sealed record TieredAmount(string Field, IReadOnlyList<AmountTier> Tiers) : AmountRule;

public sealed record AmountTier(decimal Threshold, decimal Amount);
