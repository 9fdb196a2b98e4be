using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

/// <summary>Approval's ProjectRegistered and ProjectReadyForConstruction reach talent over the broker and become recruitment offers the firm answers.</summary>
[Collection(TalentServersCollection.Name)]
public sealed class RecruitmentOfferTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task Project_events_become_one_recruitment_offer_each_that_only_the_firm_sees_and_answers_once()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        await WaitForConsumersAsync(talent);
        Guid fair;
        using (var officer = talent.Client(TestCaller.PolicyOfficer))
        {
            fair = await TalentHost.IdOfAsync(await officer.PostAsJsonAsync("/api/talent/fairs", new
            {
                title = "清濛园区春风行动招聘会",
                mode = "OnSite",
                venue = "清濛人力资源市场",
                startsAt = DateTimeOffset.UtcNow.AddDays(20),
                endsAt = DateTimeOffset.UtcNow.AddDays(20).AddHours(4),
            }), HttpStatusCode.Created);
        }
        var projectId = Guid.NewGuid();
        var registered = new ProjectRegistered(projectId, "年产500万件智能终端项目", TestTokens.FirmACreditCode, 380_000_000m, "C39", IsKeyProject: true);
        var ready = new ProjectReadyForConstruction(projectId, "年产500万件智能终端项目", TestTokens.FirmACreditCode, new DateOnly(2027, 3, 1));

        await PublishAsync(registered, registered, registered with { EventId = Guid.NewGuid() }, ready);

        await Eventually.MatchesAsync(
            () => talent.ScalarAsync($"SELECT count(*) FROM talent.recruitment_offers WHERE project_id = '{projectId}'"),
            count => count == 2, TimeSpan.FromSeconds(60), "two recruitment offers for the project");
        using var firmA = talent.Client(TestCaller.FirmA);
        var page = await TalentHost.JsonAsync(await firmA.GetAsync("/api/talent/recruitment-offers"), HttpStatusCode.OK);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var onRegistration = items.Single(o => o.GetProperty("trigger").GetString() == "ProjectRegistered");
        var onReady = items.Single(o => o.GetProperty("trigger").GetString() == "ReadyForConstruction");
        // A key project: twice the places and referrals of a new project (1 and 10 by default).
        Assert.Equal(2, onRegistration.GetProperty("jobFairPlaces").GetInt32());
        Assert.Equal(20, onRegistration.GetProperty("ambassadorReferrals").GetInt32());
        Assert.Equal(fair, onRegistration.GetProperty("jobFairId").GetGuid());
        Assert.Equal("清濛园区春风行动招聘会", onRegistration.GetProperty("jobFairTitle").GetString());
        Assert.Equal(3, onReady.GetProperty("jobFairPlaces").GetInt32());
        Assert.Equal(30, onReady.GetProperty("ambassadorReferrals").GetInt32());
        Assert.All(items, o => Assert.Equal("Offered", o.GetProperty("status").GetString()));
        Assert.All(items, o => Assert.Equal(projectId, o.GetProperty("projectId").GetGuid()));

        var offerId = onRegistration.GetProperty("id").GetGuid();
        using var firmB = talent.Client(TestCaller.FirmB);
        Assert.Equal(0, (await TalentHost.JsonAsync(await firmB.GetAsync("/api/talent/recruitment-offers"), HttpStatusCode.OK)).GetProperty("count").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, (await firmB.GetAsync($"/api/talent/recruitment-offers/{offerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await firmB.PostAsync($"/api/talent/recruitment-offers/{offerId}/accept", null)).StatusCode);

        var accepted = await TalentHost.JsonAsync(await firmA.PostAsync($"/api/talent/recruitment-offers/{offerId}/accept", null), HttpStatusCode.OK);
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        var again = await firmA.PostAsJsonAsync($"/api/talent/recruitment-offers/{offerId}/decline", new { reason = "已自行招满" });
        var problem = await TalentHost.JsonAsync(again, HttpStatusCode.Conflict);
        Assert.Equal("status", problem.GetProperty("field").GetString());
        Assert.Equal("Accepted", problem.GetProperty("currentState").GetString());

        var noReason = await firmA.PostAsJsonAsync($"/api/talent/recruitment-offers/{onReady.GetProperty("id").GetGuid()}/decline", new { reason = "" });
        Assert.True((await TalentHost.JsonAsync(noReason, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
        var declined = await TalentHost.JsonAsync(
            await firmA.PostAsJsonAsync($"/api/talent/recruitment-offers/{onReady.GetProperty("id").GetGuid()}/decline", new { reason = "已由劳务派遣公司承接" }),
            HttpStatusCode.OK);
        Assert.Equal("Declined", declined.GetProperty("status").GetString());
        Assert.Equal("已由劳务派遣公司承接", declined.GetProperty("declineReason").GetString());

        using var officerClient = talent.Client(TestCaller.PolicyOfficer);
        var declinedForOfficer = await TalentHost.JsonAsync(
            await officerClient.GetAsync($"/api/talent/recruitment-offers?status=Declined&creditCode={TestTokens.FirmACreditCode}"), HttpStatusCode.OK);
        Assert.Equal(1, declinedForOfficer.GetProperty("count").GetInt64());
        Assert.Equal(2, await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records WHERE action = 'recruitment-offer.offered' AND subject = 'service:approval'"));
        Assert.Equal(1, await talent.ScalarAsync($"SELECT count(*) FROM talent.audit_records WHERE action = 'recruitment-offer.accepted' AND resource_id = '{offerId}'"));
        Assert.Equal(1, await talent.ScalarAsync("SELECT count(*) FROM talent.audit_records WHERE action = 'recruitment-offer.declined'"));
    }

    private static async Task WaitForConsumersAsync(TalentHost talent)
    {
        using var ops = talent.Host.CreateClient();
        ops.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<Program>.OperatorKey);
        await Eventually.MatchesAsync(
            async () => await ops.GetStringAsync("/ops/messaging/error-queues"),
            body => body.Contains("talent-project-registered", StringComparison.Ordinal) && body.Contains("talent-project-ready-for-construction", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the talent consumer endpoints to start");
    }

    private async Task PublishAsync(params IntegrationEvent[] events)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(servers.RabbitMq.ConnectionString));
            rabbit.ConfigureJsonSerializerOptions(PlatformJson.Apply);
        });
        await bus.StartAsync();
        try
        {
            foreach (var message in events)
            {
                await bus.Publish(message, message.GetType());
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
