extern alias governance;
extern alias policymatch;
extern alias talent;

using Microsoft.Extensions.Configuration;
using Qingmeng.Contracts.ReferenceData;
using ScorecardCalculator = governance::Qingmeng.Governance.Application.ScorecardCalculator;
using ScorecardOptions = governance::Qingmeng.Governance.Operations.ScorecardOptions;
using TalentCertifiedConsumer = policymatch::Qingmeng.PolicyMatch.Consumers.TalentCertifiedConsumer;
using TalentOptions = talent::Qingmeng.Talent.Operations.TalentOptions;
using TalentTier = talent::Qingmeng.Talent.Model.TalentTier;
using TalentTiers = talent::Qingmeng.Talent.Model.TalentTiers;

namespace Platform.IntegrationTests.ReferenceData;

/// <summary>
/// Every service that classifies talents or divides by the zone's population does so as contracts/ReferenceData says
/// (<see cref="TalentTierCatalogue"/>, <see cref="ZoneStatistics"/>), with the settings each service ships.
/// </summary>
public sealed class TalentTiersAndPopulationTests
{
    [Fact]
    public void Talent_certifies_exactly_the_catalogue_tiers_under_the_catalogue_names_and_high_level_flags()
    {
        Assert.Equal(TalentTierCatalogue.All.Select(t => t.Code), Enum.GetNames<TalentTier>());
        Assert.All(Enum.GetValues<TalentTier>(), tier =>
        {
            var reference = TalentTierCatalogue.Find(tier.ToString())!;
            Assert.Equal(reference.Name, TalentTiers.Label(tier));
            Assert.True(reference.IsHighLevel == TalentTiers.IsHighLevel(tier), $"talent counts tier {tier} as high-level: {TalentTiers.IsHighLevel(tier)}");
        });
    }

    [Fact]
    public void The_scorecard_and_policy_match_count_as_high_level_exactly_the_catalogue_high_level_tiers()
    {
        var scorecard = new ScorecardCalculator(Bind<ScorecardOptions>("governance", ScorecardOptions.SectionName));
        var differences = TalentTierCatalogue.All
            .SelectMany(tier => new[]
            {
                (Where: "governance scorecard", tier.Code, Counts: scorecard.IsHighLevelTier(tier.Code), tier.IsHighLevel),
                (Where: "policy-match TalentCertifiedConsumer", tier.Code, Counts: TalentCertifiedConsumer.IsHighLevel(tier.Code), tier.IsHighLevel),
            })
            .Where(x => x.Counts != x.IsHighLevel)
            .Select(x => $"{x.Where}: tier {x.Code} counted as high-level {x.Counts}, the catalogue says {x.IsHighLevel}")
            .ToList();

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void Talent_and_the_scorecard_divide_by_the_reference_zone_population()
    {
        Assert.Equal(ZoneStatistics.Population, Bind<TalentOptions>("talent", TalentOptions.SectionName).ZonePopulation);
        Assert.Equal(ZoneStatistics.Population, Bind<ScorecardOptions>("governance", ScorecardOptions.SectionName).Population);
    }

    /// <summary>The options as the service binds them from the appsettings.json it ships.</summary>
    private static T Bind<T>(string service, string section) where T : new()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(EventMap.EventMap.RepositoryRoot, "services", service, "appsettings.json"), optional: false)
            .Build();
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }
}
