using Qingmeng.PolicyMatch.Infrastructure.DemoData;
using Qingmeng.PolicyMatch.Model.Guidance;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Validation;

namespace PolicyMatch.Tests;

public sealed class GuidanceTests
{
    [Fact]
    public void A_guidance_record_keeps_its_year_for_the_once_a_year_rule()
    {
        var now = new DateTimeOffset(2025, 1, 3, 2, 0, 0, TimeSpan.Zero);
        var guidance = ApplicationGuidance.Record("91350500MA31GJ8K73", "QM-KJ-007", new DateOnly(2024, 12, 31), "policy-officer-1", "黄政策", null, null, "key-1", now);
        Assert.Equal((2024, "key-1", now), (guidance.Year, guidance.IdempotencyKey, guidance.RecordedAt));
        Assert.NotEqual(Guid.Empty, guidance.Id);
    }

    [Fact]
    public void The_demo_certifies_12_register_firms_in_2023_and_13_others_in_2024_with_a_listed_certification()
    {
        var grants = SpecialisedFirmsSeeder.Grants;
        Assert.Equal(12, grants.Count(g => g.GrantedOn.Year == 2023));
        Assert.Equal(13, grants.Count(g => g.GrantedOn.Year == 2024));
        Assert.Equal(25, grants.Select(g => g.CreditCode).Distinct(StringComparer.Ordinal).Count());
        Assert.All(grants, g => Assert.True(UnifiedSocialCreditCode.IsValid(g.CreditCode), g.CreditCode));
        Assert.All(grants, g => Assert.Contains(g.CreditCode, PaymentHistorySeeder.HistoryFirmCodes));
        Assert.True(CertificationCatalogue.IsKnown(SpecialisedFirmsSeeder.Certification));
        Assert.True(GuidanceHistorySeeder.GuidedProjects > 50);
    }
}
