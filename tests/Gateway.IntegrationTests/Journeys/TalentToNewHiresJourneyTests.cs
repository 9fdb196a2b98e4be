using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qingmeng.Testing.Hosting;

namespace Gateway.IntegrationTests.Journeys;

/// <summary>
/// A talent is certified (talent) → may apply for a talent apartment → a talent policy matches the employing firm
/// (policy-match) and finance offers the firm a 科创贷 → the hire counts in the firm's <c>newHires</c> and in the zone's
/// scorecard (governance). Every step goes through the gateway with the demo accounts; the facts travel as events only.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TalentToNewHiresJourneyTests(PlatformFixture platform)
{
    private const string FirmCreditCode = "91350500MA31GJ8K73";

    [Fact]
    public async Task A_certified_talent_is_housed_matches_the_firms_talent_policy_and_counts_as_a_new_hire()
    {
        using var firm = await platform.ClientForAsync("jiejia.admin");
        using var officer = await platform.ClientForAsync(PlatformFixture.PolicyOfficer);
        var residentId = JourneyCalls.NewResidentId(new DateOnly(1990, 3, 14));
        var code = JourneyCalls.NewPolicyCode();
        var highLevelBefore = await JourneyCalls.ProfileNumberAsync(firm, "highLevelTalents");
        var newHiresBefore = await JourneyCalls.ProfileNumberAsync(firm, "newHires");
        var offeredBefore = await OpenSciTechOfferTalentsAsync(firm);
        var scorecardHighLevelBefore = await JourneyCalls.ScorecardAsync(platform.Gateway, "talents.highLevel");
        var scorecardHiresBefore = await JourneyCalls.ScorecardAsync(platform.Gateway, "hires.confirmed");

        // 人才: firms with one more high-level talent than the firm has today, so only this certification can match it.
        await JourneyCalls.PublishPolicyAsync(officer, code, "Talent", "QuickApplication", "新引进高层次人才企业奖励（试行）", 50_000m,
            JourneyCalls.Comparison("highLevelTalents", "GreaterThanOrEqual", highLevelBefore + 1));
        Assert.NotEqual("Met", await JourneyCalls.MatchOutcomeAsync(firm, code));

        // The firm asks for its engineer to be certified at tier B; the talent office certifies (TalentCertified).
        var request = await GatewayCalls.ExpectAsync(await firm.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/talent/certifications")
        {
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString("N") } },
            Content = JsonContent.Create(new { personName = "黄启明", residentIdNumber = residentId, tier = "B", basis = "国家级企业技术中心首席工程师，主持省级重大科技专项2项。" }),
        }), HttpStatusCode.Created);
        var certified = await GatewayCalls.ExpectAsync(await officer.PostAsJsonAsync(
            $"/api/talent/certifications/{request.GetProperty("id").GetGuid()}/approve", new { note = "材料核验无误，认定为B类人才。" }), HttpStatusCode.OK);
        Assert.Equal("Certified", certified.GetProperty("status").GetString());

        // Talent: the certified person may join the apartment waitlist.
        var eligibility = await GatewayCalls.ExpectAsync(await officer.PostAsJsonAsync("/api/talent/apartments/eligibility", new { residentIdNumber = residentId }), HttpStatusCode.OK);
        Assert.Equal("Met", eligibility.GetProperty("outcome").GetString());

        // Policy-match learns the talent and the policy now matches; finance counts the talent on its 科创贷 offer.
        var highLevel = await GatewayCalls.WaitForProfileFactAsync(firm, "highLevelTalents",
            f => f.GetProperty("source").GetString() == "talent:TalentCertified" && f.GetProperty("value").GetDecimal() >= highLevelBefore + 1, "counting the new talent");
        Assert.Equal(highLevelBefore + 1, highLevel.GetProperty("value").GetDecimal());
        await Eventually.MatchesAsync(() => JourneyCalls.MatchOutcomeAsync(firm, code), outcome => outcome == "Met", JourneyCalls.EventTimeout, $"{code} to match");
        await Eventually.MatchesAsync(() => OpenSciTechOfferTalentsAsync(firm), count => count == offeredBefore + 1, JourneyCalls.EventTimeout,
            "finance's 科创贷 offer to count the talent");

        // The firm hires the talent on its posting; the talent office records it (HireConfirmed).
        var posting = await GatewayCalls.ExpectAsync(await firm.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/talent/jobs")
        {
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString("N") } },
            Content = JsonContent.Create(new
            {
                title = "研发中心首席工程师",
                description = "负责企业技术中心的研发规划与核心技术攻关。",
                organizationName = "泉州杰嘉电子有限公司",
                validThrough = DateTimeOffset.UtcNow.AddDays(60),
                employmentType = "FullTime",
                streetAddress = "清濛经济技术开发区崇宏街1号",
                addressLocality = "泉州市",
                addressRegion = "福建省",
                latitude = 24.8731,
                longitude = 118.5512,
                salaryMin = 30000,
                salaryMax = 45000,
                salaryUnit = "Month",
                openings = 1,
            }),
        }), HttpStatusCode.Created, HttpStatusCode.OK);
        await GatewayCalls.ExpectAsync(await officer.PostAsJsonAsync("/api/talent/hires", new
        {
            jobPostingId = posting.GetProperty("id").GetGuid(),
            workerName = "黄启明",
            residentIdNumber = residentId,
            hiredOn = JourneyCalls.ChinaToday,
        }), HttpStatusCode.Created);

        // Policy-match counts the hire in newHires; talent and governance's scorecard agree.
        var newHires = await GatewayCalls.WaitForProfileFactAsync(firm, "newHires",
            f => f.GetProperty("source").GetString() == "talent:HireConfirmed" && f.GetProperty("value").GetDecimal() >= newHiresBefore + 1, "counting the hire");
        Assert.Equal(newHiresBefore + 1, newHires.GetProperty("value").GetDecimal());
        var counts = await GatewayCalls.ExpectAsync(await firm.GetAsync($"/api/talent/firms/{FirmCreditCode}/talent-counts"), HttpStatusCode.OK);
        Assert.True(counts.GetProperty("highLevel").GetInt32() >= 1, counts.ToString());
        await JourneyCalls.WaitForScorecardAsync(platform.Gateway, "talents.highLevel", scorecardHighLevelBefore + 1);
        await JourneyCalls.WaitForScorecardAsync(platform.Gateway, "hires.confirmed", scorecardHiresBefore + 1);
    }

    /// <summary>High-level talents on the firm's open 科创贷 offer (0 when it has none).</summary>
    private static async Task<int> OpenSciTechOfferTalentsAsync(HttpClient firm)
    {
        var offers = await GatewayCalls.ExpectAsync(await firm.GetAsync("/api/finance/scitech-offers?status=Offered"), HttpStatusCode.OK);
        return offers.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("highLevelTalents").GetInt32()).SingleOrDefault();
    }
}
