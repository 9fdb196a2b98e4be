using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.Talent.Model;

namespace Talent.Tests;

public sealed class EligibilityTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void A_current_D_tier_talent_without_housing_is_eligible()
    {
        var result = ApartmentEligibility.Evaluate(TestData.Certified(TalentTier.D, 1), Today, TalentTier.D, alreadyHoused: false);

        Assert.Equal(EligibilityOutcome.Met, result.Outcome);
        Assert.All(result.Explanations.Where(e => e.Field.Length > 0 && e.Operator.Length > 0), e => Assert.Equal(EligibilityOutcome.Met, e.Outcome));
    }

    [Fact]
    public void An_E_tier_talent_is_not_eligible_and_the_tier_condition_says_why()
    {
        var result = ApartmentEligibility.Evaluate(TestData.Certified(TalentTier.E, 1), Today, TalentTier.D, alreadyHoused: false);

        Assert.Equal(EligibilityOutcome.NotMet, result.Outcome);
        var tier = Assert.Single(result.Unmet);
        Assert.Equal(ApartmentEligibility.TierRank, tier.Field);
        Assert.StartsWith("5", tier.Actual);
        Assert.Equal(1m, tier.Gap);
    }

    [Fact]
    public void Without_a_certification_the_person_is_not_eligible()
    {
        var result = ApartmentEligibility.Evaluate(null, Today, TalentTier.D, alreadyHoused: false);

        Assert.Equal(EligibilityOutcome.NotMet, result.Outcome);
        Assert.Contains(result.Unmet, e => e.Field == ApartmentEligibility.CertificationCurrent);
    }

    [Fact]
    public void An_expired_certification_does_not_count()
    {
        var certification = TestData.Certified(TalentTier.A, 1, TestData.Now.AddYears(-4));

        var result = ApartmentEligibility.Evaluate(certification, Today, TalentTier.D, alreadyHoused: false);

        Assert.Equal(EligibilityOutcome.NotMet, result.Outcome);
    }

    [Fact]
    public void Someone_already_housed_or_waiting_cannot_apply_again()
    {
        var result = ApartmentEligibility.Evaluate(TestData.Certified(TalentTier.A, 1), Today, TalentTier.D, alreadyHoused: true);

        Assert.Equal(EligibilityOutcome.NotMet, result.Outcome);
        Assert.Equal(ApartmentEligibility.AlreadyHoused, Assert.Single(result.Unmet).Field);
    }

    [Fact]
    public void A_submitted_certification_is_reviewed_once()
    {
        var id = TestData.ResidentId(7);
        var certification = TalentCertification.Submit(TestData.FirmCode, "黄思源", PersonKey.Of(id), PersonKey.Masked(id), TalentTier.B, "国家级人才计划青年项目", "firm-a", null, TestData.Now);

        var certified = certification.Certify("policy-officer-1", "材料齐全", 3, TestData.Now);

        Assert.NotNull(certified);
        Assert.Equal("B", certified.Tier);
        Assert.Equal(TestData.FirmCode, certified.EmployerCreditCode);
        Assert.Equal(new DateOnly(2029, 3, 2), certification.ValidUntil);
        Assert.Null(certification.Certify("policy-officer-1", null, 3, TestData.Now));
        Assert.False(certification.Reject("policy-officer-1", "重复", TestData.Now));
    }

    [Theory]
    [InlineData(TalentTier.A, true)]
    [InlineData(TalentTier.D, true)]
    [InlineData(TalentTier.E, false)]
    public void Tiers_A_to_D_are_high_level(TalentTier tier, bool highLevel) => Assert.Equal(highLevel, TalentTiers.IsHighLevel(tier));
}
