using Qingmeng.Contracts.ReferenceData;

namespace Qingmeng.Governance.Operations;

/// <summary>Zone scorecard (工作成效) settings, bound from <c>Scorecard</c>.</summary>
public sealed class ScorecardOptions
{
    public const string SectionName = "Scorecard";

    /// <summary>
    /// Resident population of the zone, the base of "high-level talents per 10,000 people" (每万人高层次人才拥有量):
    /// the platform's one figure (<see cref="ZoneStatistics.Population"/>), so the scorecard and the talent service report
    /// the same ratio. Settable for tests only: the shipped settings leave it alone (a reference-data test checks it).
    /// </summary>
    public int Population { get; set; } = ZoneStatistics.Population;

    /// <summary>Talent tiers that count as high-level (高层次人才): the platform's one scheme (<see cref="TalentTierCatalogue"/>, A to D).</summary>
    public string[] HighLevelTalentTiers { get; set; } = [.. TalentTierCatalogue.HighLevelCodes];

    /// <summary>A certification containing any of these marks the firm as 专精特新 (省级专精特新中小企业, 专精特新小巨人 …).</summary>
    public string[] SpecialisedCertificationMarks { get; set; } = ["专精特新"];
}
