using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Tests;

public sealed class PlatformOffersTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_scitech_offer_counts_every_high_level_talent_and_keeps_the_highest_tier()
    {
        var offer = SciTechLoanOffer.Offer("91350500MA31GJ8K73", Guid.NewGuid(), "C", Now);
        offer.AddTalent(Guid.NewGuid(), "A", Now.AddDays(1));
        offer.AddTalent(Guid.NewGuid(), "D", Now.AddDays(2));

        Assert.Equal(3, offer.HighLevelTalents);
        Assert.Equal("A", offer.HighestTier);
        Assert.Equal(Now.AddDays(2), offer.UpdatedAt);
    }

    [Fact]
    public void A_scitech_offer_is_answered_once()
    {
        var offer = SciTechLoanOffer.Offer("91350500MA31GJ8K73", Guid.NewGuid(), "B", Now);

        Assert.True(offer.Answer(accept: false, "firm-a-admin", Now.AddHours(1)));
        Assert.False(offer.Answer(accept: true, "firm-a-admin", Now.AddHours(2)));
        Assert.Equal(SciTechLoanOfferStatus.Declined, offer.Status);
    }

    [Fact]
    public void A_need_proposed_for_a_project_is_for_its_investment_and_names_it()
    {
        var project = Guid.NewGuid();
        var need = FinancingNeed.ProposeForProject("91350500MA31GJ8K73", project, "智能终端项目", 8_000_000m, 60, "service:approval", Now);

        Assert.Equal(FinancingNeedOrigin.ProjectRegistered, need.Origin);
        Assert.Equal(project, need.ProjectId);
        Assert.Equal(8_000_000m, need.Amount);
        Assert.Equal(8_000_000m, need.ProjectInvestment);
        Assert.Equal("项目投资：智能终端项目", need.Purpose);
        Assert.Equal(FinancingNeedOrigin.Declared, FinancingNeed.Record("91350500MA31GJ8K73", 1m, 12, "流动资金", "firm-a-admin", Now).Origin);
    }
}
