using Qingmeng.Contracts.ReferenceData;

namespace Qingmeng.Talent.Model;

/// <summary>
/// 人才层次 of the zone's certification scheme, A highest. A and B are national-level talents (国家级),
/// C provincial (省级), D municipal (市级), E the zone's own shortage and young talents (紧缺/青年人才).
/// </summary>
public enum TalentTier
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
    E = 5,
}

public static class TalentTiers
{
    /// <summary>The tier's name in the platform's one scheme (<see cref="TalentTierCatalogue"/>).</summary>
    public static string Label(TalentTier tier) => TalentTierCatalogue.Find(tier.ToString())?.Name ?? tier.ToString();

    /// <summary>A tier counts as "high-level" (高层次人才, the 172-per-10,000 figure) as the platform's one scheme says: A to D.</summary>
    public static bool IsHighLevel(TalentTier tier) => TalentTierCatalogue.IsHighLevel(tier.ToString());

    /// <summary>True when <paramref name="held"/> is at least as high as <paramref name="required"/> (A is highest).</summary>
    public static bool MeetsOrExceeds(TalentTier held, TalentTier required) => held <= required;
}
