namespace Qingmeng.Governance.Application;

/// <summary>Zone scorecard (工作成效) settings, bound from <c>Scorecard</c>.</summary>
public sealed class ScorecardOptions
{
    public const string SectionName = "Scorecard";

    /// <summary>
    /// Resident population of the zone, the base of "high-level talents per 10,000 people" (每万人高层次人才拥有量).
    /// Default: 100,000 (清濛 / 泉州经济技术开发区, order of magnitude); set the statistics bureau's figure.
    /// </summary>
    public int Population { get; set; } = 100_000;

    /// <summary>Talent tiers that count as high-level (高层次人才): A to D, as in the talent service's scheme.</summary>
    public string[] HighLevelTalentTiers { get; set; } = ["A", "B", "C", "D"];

    /// <summary>A certification containing any of these marks the firm as 专精特新 (省级专精特新中小企业, 专精特新小巨人 …).</summary>
    public string[] SpecialisedCertificationMarks { get; set; } = ["专精特新"];
}
