using System.ComponentModel.DataAnnotations;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Operations;

/// <summary>The talent service's rules as configuration, bound from <c>Talent</c>.</summary>
public sealed class TalentOptions
{
    public const string SectionName = "Talent";

    /// <summary>
    /// Residents of the zone, the denominator of "high-level talents per 10,000 people": the platform's one figure
    /// (<see cref="ZoneStatistics.Population"/>); the shipped settings leave it alone (a reference-data test checks it).
    /// </summary>
    [Range(1, 10_000_000)]
    public int ZonePopulation { get; set; } = ZoneStatistics.Population;

    /// <summary>How many job-fair places and 引工大使 referrals a firm is offered when approval reports its project.</summary>
    public RecruitmentOfferRules RecruitmentOffers { get; set; } = new();

    /// <summary>What an ambassador earns for a referred worker retained six months (yuan).</summary>
    [Range(0, 1_000_000)]
    public decimal AmbassadorIncentive { get; set; } = 1_000m;

    /// <summary>
    /// Working days within which a due retention incentive (稳工留岗) is to be paid; past them the overdue job warns
    /// once and the metrics count it overdue.
    /// </summary>
    [Range(1, 60)]
    public int IncentivePaymentWorkingDays { get; set; } = 10;

    [Range(1, 10)]
    public int CertificationValidYears { get; set; } = 3;

    /// <summary>The lowest tier that may join the apartment waitlist (A highest).</summary>
    public TalentTier ApartmentLowestEligibleTier { get; set; } = TalentTier.D;

    [Range(1, 10)]
    public int LeaseYears { get; set; } = 3;

    /// <summary>How long before a lease ends its tenant is reminded.</summary>
    [Range(1, 365)]
    public int LeaseReminderDaysBefore { get; set; } = 60;

    /// <summary>The 10-minute circle: walking speed (km/h), minutes, and the street detour factor.</summary>
    [Range(1.0, 10.0)]
    public double WalkingSpeedKmh { get; set; } = 4.8;

    [Range(1.0, 60.0)]
    public double CircleMinutes { get; set; } = 10;

    [Range(1.0, 3.0)]
    public double DetourFactor { get; set; } = 1.3;

    /// <summary>Side of a coverage grid cell in metres.</summary>
    [Range(25, 1000)]
    public double CoverageCellMetres { get; set; } = 100;

    /// <summary>How often a household in the register is reviewed (动态复核), in months.</summary>
    [Range(1, 24)]
    public int WelfareReviewMonths { get; set; } = 6;

    /// <summary>How many days before a review falls due its case officer is reminded.</summary>
    [Range(0, 90)]
    public int WelfareReviewReminderDaysBefore { get; set; } = 14;
}
