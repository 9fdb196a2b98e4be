using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record TierCount(TalentTier Tier, string Label, int Count);

/// <summary>A firm's certified talents (current certifications) per tier: what policy-match keeps in the firm's profile.</summary>
public sealed record FirmTalentCounts(string CreditCode, IReadOnlyList<TierCount> ByTier, int HighLevel, int Total);

/// <summary>The zone's figure: high-level talents (A–D) per 10,000 residents.</summary>
public sealed record ZoneTalentStatistics(IReadOnlyList<TierCount> ByTier, int HighLevel, int Population, decimal HighLevelPerTenThousand);
