using System.Net;
using System.Text.Json;
using Finance.IntegrationTests.Infrastructure;
using MassTransit;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults;

namespace Finance.IntegrationTests;

/// <summary>Approval's ProjectRegistered and talent's TalentCertified reach finance over the broker: a proposed financing need, a 科创贷 offer.</summary>
[Collection(FinanceServersCollection.Name)]
public sealed class PlatformEventsTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_registered_project_becomes_one_proposed_financing_need_that_only_its_firm_sees()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        await WaitForConsumersAsync(app);
        var projectId = Guid.NewGuid();
        var registered = new ProjectRegistered(projectId, "年产500万件智能终端项目", TestTokens.FirmACreditCode, 8_000_000m, "C39", IsKeyProject: true);

        await PublishAsync(registered, registered, registered with { EventId = Guid.NewGuid() });

        await Eventually.MatchesAsync(() => app.ScalarAsync("SELECT count(*) FROM finance.inbox_messages WHERE consumer = 'ProjectRegisteredConsumer'"),
            count => count == 2, TimeSpan.FromSeconds(60), "both distinct ProjectRegistered events handled");
        var needs = (await app.GetAsync(TestCaller.FirmA, "/api/finance/needs")).GetProperty("items").EnumerateArray().ToList();
        var need = Assert.Single(needs);
        Assert.Equal("ProjectRegistered", need.GetProperty("origin").GetString());
        Assert.Equal(projectId, need.GetProperty("projectId").GetGuid());
        Assert.Equal(8_000_000m, need.GetProperty("projectInvestment").GetDecimal());
        Assert.Equal(8_000_000m, need.GetProperty("amount").GetDecimal());
        Assert.Equal(60, need.GetProperty("termMonths").GetInt32());
        Assert.Equal("项目投资：年产500万件智能终端项目", need.GetProperty("purpose").GetString());
        Assert.True(need.GetProperty("eligibleProducts").GetInt32() > 0, need.ToString());
        var matches = await app.GetAsync(TestCaller.FirmA, $"/api/finance/needs/{need.GetProperty("id").GetGuid()}/matches");
        Assert.NotEmpty(matches.GetProperty("matches").EnumerateArray());

        Assert.Equal(0, (await app.GetAsync(TestCaller.FirmB, "/api/finance/needs")).GetProperty("count").GetInt64());
        await app.GetAsync(TestCaller.FirmB, $"/api/finance/needs/{need.GetProperty("id").GetGuid()}/matches", HttpStatusCode.NotFound);
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.audit_records WHERE action = 'need.proposed' AND subject = 'service:approval'"));
    }

    [Fact]
    public async Task High_level_talents_open_one_scitech_loan_offer_per_firm_that_the_firm_answers_once()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await WaitForConsumersAsync(app);
        var tierC = new TalentCertified(Guid.NewGuid(), TestTokens.FirmACreditCode, "C");

        await PublishAsync(new TalentCertified(Guid.NewGuid(), TestTokens.FirmACreditCode, "E"), tierC, tierC, new TalentCertified(Guid.NewGuid(), TestTokens.FirmACreditCode, "A"));

        await Eventually.MatchesAsync(() => app.ScalarAsync("SELECT count(*) FROM finance.inbox_messages WHERE consumer = 'TalentCertifiedConsumer'"),
            count => count == 3, TimeSpan.FromSeconds(60), "the three distinct TalentCertified events handled");
        var offer = Assert.Single((await app.GetAsync(TestCaller.FirmA, "/api/finance/scitech-offers")).GetProperty("items").EnumerateArray());
        Assert.Equal(2, offer.GetProperty("highLevelTalents").GetInt32());
        Assert.Equal("A", offer.GetProperty("highestTier").GetString());
        Assert.Equal("Offered", offer.GetProperty("status").GetString());
        Assert.Contains(offer.GetProperty("products").EnumerateArray(), p => p.GetProperty("code").GetString() == "QZBANK-KCD");
        var id = offer.GetProperty("id").GetGuid();

        Assert.Equal(0, (await app.GetAsync(TestCaller.FirmB, "/api/finance/scitech-offers")).GetProperty("count").GetInt64());
        await app.GetAsync(TestCaller.FirmB, $"/api/finance/scitech-offers/{id}", HttpStatusCode.NotFound);
        await app.PostAsync(TestCaller.FirmB, $"/api/finance/scitech-offers/{id}/accept", expected: HttpStatusCode.NotFound);

        Assert.Equal("Accepted", (await app.PostAsync(TestCaller.FirmA, $"/api/finance/scitech-offers/{id}/accept")).GetProperty("status").GetString());
        var again = await app.PostAsync(TestCaller.FirmA, $"/api/finance/scitech-offers/{id}/decline", expected: HttpStatusCode.Conflict);
        Assert.Equal("status", again.GetProperty("field").GetString());
        Assert.Equal("Accepted", again.GetProperty("currentState").GetString());

        // A talent certified after the answer opens a new offer.
        await PublishAsync(new TalentCertified(Guid.NewGuid(), TestTokens.FirmACreditCode, "D"));
        var offers = await Eventually.MatchesAsync(
            async () => (await app.GetAsync(TestCaller.PolicyOfficer, $"/api/finance/scitech-offers?creditCode={TestTokens.FirmACreditCode}")).GetProperty("items").EnumerateArray().ToList(),
            items => items.Count == 2, TimeSpan.FromSeconds(60), "a second offer after the first was answered");
        Assert.Equal(["Offered", "Accepted"], offers.Select(o => o.GetProperty("status").GetString()));
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.audit_records WHERE action = 'scitech-offer.accepted'"));
        Assert.Equal(2, await app.ScalarAsync("SELECT count(*) FROM finance.audit_records WHERE action = 'scitech-offer.offered' AND subject = 'service:talent'"));
    }

    private static async Task WaitForConsumersAsync(FinanceApp app)
    {
        using var ops = app.Host.CreateClient();
        ops.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<Program>.OperatorKey);
        await Eventually.MatchesAsync(
            async () => await ops.GetStringAsync("/ops/messaging/error-queues"),
            body => body.Contains("finance-project-registered", StringComparison.Ordinal) && body.Contains("finance-talent-certified", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the finance consumer endpoints to start");
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
