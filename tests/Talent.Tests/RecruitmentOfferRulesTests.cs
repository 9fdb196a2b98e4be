using Qingmeng.Talent.Model;

namespace Talent.Tests;

public sealed class RecruitmentOfferRulesTests
{
    private static readonly RecruitmentOfferRules Rules = new();

    [Fact]
    public void A_new_project_is_offered_the_configured_places_and_referrals()
    {
        Assert.Equal(new RecruitmentOfferSize(1, 10), RecruitmentOfferSize.For(RecruitmentOfferTrigger.ProjectRegistered, isKeyProject: false, Rules));
    }

    [Fact]
    public void A_key_project_is_offered_twice_as_much_as_another_new_project()
    {
        Assert.Equal(new RecruitmentOfferSize(2, 20), RecruitmentOfferSize.For(RecruitmentOfferTrigger.ProjectRegistered, isKeyProject: true, Rules));
    }

    [Fact]
    public void A_project_ready_for_construction_is_offered_the_most_because_it_staffs_up_now()
    {
        Assert.Equal(new RecruitmentOfferSize(3, 30), RecruitmentOfferSize.For(RecruitmentOfferTrigger.ReadyForConstruction, isKeyProject: false, Rules));
    }

    [Fact]
    public void An_offer_is_answered_once_whether_accepted_or_declined()
    {
        var now = new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.FromHours(8));
        var offer = RecruitmentOffer.Offer("91350500MA31GJ8K73", Guid.NewGuid(), "智能终端项目", RecruitmentOfferTrigger.ProjectRegistered, Guid.NewGuid(), 1, null, 10, now);

        Assert.True(offer.Accept("firm-a-admin", now.AddHours(1)));
        Assert.False(offer.Decline("firm-a-admin", "改主意了", now.AddHours(2)));
        Assert.False(offer.Accept("firm-a-admin", now.AddHours(3)));

        Assert.Equal(RecruitmentOfferStatus.Accepted, offer.Status);
        Assert.Equal(now.AddHours(1), offer.RespondedAt);
        Assert.Null(offer.DeclineReason);
    }
}
