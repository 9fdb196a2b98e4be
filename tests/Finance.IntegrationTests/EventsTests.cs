using System.Collections.Concurrent;
using System.Net;
using Finance.IntegrationTests.Infrastructure;
using MassTransit;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults;

namespace Finance.IntegrationTests;

/// <summary>LoanDisbursed and WhitelistChanged leave through the outbox and reach a subscriber on the real broker.</summary>
[Collection(FinanceServersCollection.Name)]
public sealed class EventsTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task Loan_disbursement_and_white_list_changes_reach_subscribers_through_the_outbox()
    {
        var received = new ConcurrentQueue<IntegrationEvent>();
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(servers.RabbitMq.ConnectionString));
            rabbit.ConfigureJsonSerializerOptions(PlatformJson.Apply);
            rabbit.ReceiveEndpoint($"finance-events-test-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<LoanDisbursed>(context => { received.Enqueue(context.Message); return Task.CompletedTask; });
                endpoint.Handler<WhitelistChanged>(context => { received.Enqueue(context.Message); return Task.CompletedTask; });
            });
        });
        await bus.StartAsync();
        try
        {
            await using var app = await FinanceApp.StartAsync(servers);
            await app.PutProfileAsync(TestCaller.FirmA, FinanceApp.ProfileOf(TestCaller.FirmA.Name));
            var entry = (await app.PostAsync(TestCaller.PolicyOfficer, "/api/finance/whitelist/evaluations",
                new { creditCode = TestTokens.FirmACreditCode }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
            await app.PostAsync(TestCaller.PolicyOfficer, $"/api/finance/whitelist/{entry}/review", new { list = true, note = "通过" });
            var loan = await app.DisbursedAsync(TestCaller.FirmA, TestCaller.BankSystem, new DateOnly(2026, 12, 1), 3_000_000m, 36);

            await Eventually.MatchesAsync(
                () => Task.FromResult(received.ToArray()),
                events => events.OfType<LoanDisbursed>().Any(e => e.LoanId == loan) && events.OfType<WhitelistChanged>().Any(e => e.CreditCode == TestTokens.FirmACreditCode),
                TimeSpan.FromSeconds(30), "LoanDisbursed and WhitelistChanged on the broker");

            var disbursed = received.OfType<LoanDisbursed>().Single(e => e.LoanId == loan);
            Assert.Equal(TestTokens.FirmACreditCode, disbursed.CreditCode);
            Assert.Equal("QZBANK", disbursed.BankCode);
            Assert.Equal("QZBANK-KCD", disbursed.ProductCode);
            Assert.Equal(3_000_000m, disbursed.Amount);
            Assert.Equal(36, disbursed.TermMonths);
            Assert.Equal(new DateOnly(2026, 12, 1), disbursed.DisbursedOn);
            var listed = received.OfType<WhitelistChanged>().Last(e => e.CreditCode == TestTokens.FirmACreditCode);
            Assert.True(listed.OnWhitelist);
            Assert.Equal(88.2m, listed.Score);
            // The dispatcher marks a row sent once the broker confirmed it, which may be just after a subscriber received it.
            await Eventually.MatchesAsync(() => app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages WHERE sent_at IS NULL"),
                unsent => unsent == 0, TimeSpan.FromSeconds(30), "every outbox row marked sent");
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
