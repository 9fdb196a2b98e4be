using System.ComponentModel.DataAnnotations;

namespace Qingmeng.Talent.Model;

/// <summary>How much help an offer holds: the zone's rule, from <c>Talent:RecruitmentOffers</c>.</summary>
public sealed record RecruitmentOfferSize(int JobFairPlaces, int AmbassadorReferrals)
{
    /// <summary>A key project (重点项目) is offered twice the places and referrals of another new project.</summary>
    public static RecruitmentOfferSize For(RecruitmentOfferTrigger trigger, bool isKeyProject, RecruitmentOfferRules rules) => trigger switch
    {
        RecruitmentOfferTrigger.ReadyForConstruction => new(rules.ReadyJobFairPlaces, rules.ReadyAmbassadorReferrals),
        _ when isKeyProject => new(rules.NewProjectJobFairPlaces * 2, rules.NewProjectAmbassadorReferrals * 2),
        _ => new(rules.NewProjectJobFairPlaces, rules.NewProjectAmbassadorReferrals),
    };
}

/// <summary>The sizes of recruitment offers (bound from <c>Talent:RecruitmentOffers</c>).</summary>
public sealed class RecruitmentOfferRules
{
    /// <summary>Job-fair booths for a newly registered project (twice for a key project).</summary>
    [Range(0, 100)]
    public int NewProjectJobFairPlaces { get; set; } = 1;

    [Range(0, 1000)]
    public int NewProjectAmbassadorReferrals { get; set; } = 10;

    /// <summary>A project ready for construction is about to staff up: more booths and referrals.</summary>
    [Range(0, 100)]
    public int ReadyJobFairPlaces { get; set; } = 3;

    [Range(0, 1000)]
    public int ReadyAmbassadorReferrals { get; set; } = 30;
}
