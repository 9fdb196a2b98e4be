using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Talent.Model;

/// <summary>
/// Who may join the talent-apartment waitlist, as a rule in the platform's one eligibility shape: a current
/// certification, a tier at least as high as the lowest eligible one (A = 1 … E = 5), and no lease or waiting
/// application already.
/// </summary>
public static class ApartmentEligibility
{
    public const string CertificationCurrent = "certification.current";
    public const string TierRank = "certification.tierRank";
    public const string AlreadyHoused = "housing.leaseOrWaiting";

    public static readonly FieldCatalog Catalog = new(new Dictionary<string, FieldDefinition>
    {
        [CertificationCurrent] = new("有效的人才认定"),
        [TierRank] = new("人才层次（A=1 … E=5）", "级"),
        [AlreadyHoused] = new("已有人才公寓租约或轮候申请"),
    });

    public static Condition Rule(TalentTier lowestEligibleTier) => new AllOf(
    [
        Comparison.Of(CertificationCurrent, ComparisonOperator.Equal, true),
        Comparison.Of(TierRank, ComparisonOperator.LessThanOrEqual, (int)lowestEligibleTier),
        Comparison.Of(AlreadyHoused, ComparisonOperator.Equal, false),
    ]);

    public static EligibilityResult Evaluate(TalentCertification? certification, DateOnly today, TalentTier lowestEligibleTier, bool alreadyHoused)
    {
        var current = certification is not null && certification.IsCurrentOn(today);
        var facts = new Facts()
            .Set(CertificationCurrent, current)
            .Set(AlreadyHoused, alreadyHoused);
        if (current)
        {
            facts.Set(TierRank, (int)certification!.Tier);
        }
        return EligibilityEvaluator.Evaluate(Rule(lowestEligibleTier), facts, Catalog);
    }
}
