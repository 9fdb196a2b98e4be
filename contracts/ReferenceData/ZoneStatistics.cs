namespace Qingmeng.Contracts.ReferenceData;

/// <summary>
/// Figures about the zone itself that several services compute with, in one place so that a ratio means the same
/// everywhere (talent's statistics and governance's scorecard report the same 每万人高层次人才).
/// </summary>
public static class ZoneStatistics
{
    /// <summary>
    /// Resident population of the zone, the denominator of 每万人高层次人才拥有量. The case study gives no population;
    /// it gives the ratio (172 per 10,000) and the demo certifies 895 high-level talents, and 895 / 52,000 × 10,000 =
    /// 172.1, so 52,000 is the population consistent with the seed's own figures (the statistics bureau's figure
    /// replaces it here when known).
    /// </summary>
    public const int Population = 52_000;

    /// <summary>High-level talents per 10,000 residents, to one decimal.</summary>
    public static decimal PerTenThousand(int count) => Math.Round(count * 10_000m / Population, 1);
}
