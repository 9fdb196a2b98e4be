extern alias governance;

using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.IntegrationTests.Infrastructure;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Messaging.ErrorQueues;
using Xunit.Abstractions;
using GovernanceContext = governance::Qingmeng.Governance.Infrastructure.GovernanceContext;

namespace Platform.IntegrationTests.Messaging;

/// <summary>
/// A burst about few firms, released at once after an outage: policy-match's profile consumer counts every closed case
/// on its firm's profile (one hot row per firm). Each event must count exactly once and none may be parked.
/// The drain times printed here are the figures in bench/README.md.
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class HotAggregateTests(PlatformServersFixture servers, ITestOutputHelper output)
{
    private const int Events = 1000;
    private const string ProfileQueue = "policy-match-case-closed-profile";
    private static readonly TimeSpan BrokerOutage = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public async Task A_burst_of_cases_closed_for_few_firms_after_an_outage_counts_each_once_and_parks_none(int firms)
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        var creditCodes = Enumerable.Range(0, firms).Select(i => $"913505{i:D4}MA8HOT{firms % 100:D2}").ToArray();

        // The consumer is away and then the broker too: the events pile up in governance's outbox.
        await pipeline.StopPolicyMatchAsync();
        await servers.RabbitMq.StopAsync();
        var eventIds = await StageCasesClosedAsync(pipeline, creditCodes);
        await Task.Delay(BrokerOutage);
        await servers.RabbitMq.StartAgainAsync();
        await Eventually.MatchesAsync(pipeline.UnsentOutboxRowsAsync, unsent => unsent == 0, DrainTimeout, "governance's outbox to drain into the queues");

        // Now the whole burst waits in the queue and reaches the consumer at once.
        var drain = Stopwatch.StartNew();
        await pipeline.StartPolicyMatchAgainAsync();
        await Eventually.MatchesAsync(
            async () => await ProfileInboxRowsAsync(pipeline, eventIds) + await ParkedAsync(eventIds),
            settled => settled >= Events, DrainTimeout, $"{Events} events to be counted or parked");
        drain.Stop();
        output.WriteLine($"{Events} CaseClosed over {firms} firm(s): drained in {drain.Elapsed.TotalSeconds:0.0} s " +
            $"({Events / drain.Elapsed.TotalSeconds:0} events/s, host start included)");

        Assert.Equal(0, await ParkedAsync(eventIds));
        Assert.Equal(Events, await ProfileInboxRowsAsync(pipeline, eventIds));
        var perFirm = Events / firms;
        foreach (var creditCode in creditCodes)
        {
            Assert.Equal(perFirm, await servers.ScalarAsync(pipeline.PolicyDb,
                $"SELECT (facts -> 'casesClosed' ->> 'value')::bigint FROM policy.firm_profiles WHERE credit_code = '{creditCode}'"));
        }
        Assert.Equal(Events, await servers.ScalarAsync(pipeline.PolicyDb,
            $"SELECT count(*) FROM policy.profile_fact_changes WHERE field = 'casesClosed' AND credit_code IN ({string.Join(',', creditCodes.Select(c => $"'{c}'"))})"));
    }

    private static async Task<HashSet<Guid>> StageCasesClosedAsync(CasePipeline pipeline, string[] creditCodes)
    {
        var eventIds = new HashSet<Guid>();
        await using var scope = pipeline.Governance.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceContext>();
        for (var i = 0; i < Events; i++)
        {
            var closed = new CaseClosed(Guid.NewGuid(), $"GD20261206{i:D6}", "ECON-RUN", $"{pipeline.Tag} 热点企业办结 #{i}", "已办结",
                creditCodes[i % creditCodes.Length], ClosedOnTime: true);
            db.AddIntegrationEvent(closed, aggregateKey: closed.CaseId.ToString());
            eventIds.Add(closed.EventId);
        }
        await db.SaveChangesAsync();
        return eventIds;
    }

    /// <summary>Profile inbox rows of this test's events (the broker's queues may still hold earlier tests' events).</summary>
    private Task<long> ProfileInboxRowsAsync(CasePipeline pipeline, HashSet<Guid> eventIds) =>
        servers.ScalarAsync(pipeline.PolicyDb,
            $"SELECT count(*) FROM policy.inbox_messages WHERE consumer = 'CaseClosedProfileConsumer' AND event_id IN ({string.Join(',', eventIds.Select(id => $"'{id}'"))})");

    /// <summary>This test's events parked in the profile consumer's error queue (the broker is shared by the collection).</summary>
    private async Task<long> ParkedAsync(HashSet<Guid> eventIds)
    {
        await using var client = new ErrorQueueClient(new Uri(servers.RabbitMq.ConnectionString), NullLogger<ErrorQueueClient>.Instance);
        var parked = await client.PeekAsync(ProfileQueue, ErrorQueueApi.MaxPeek, CancellationToken.None);
        return parked.Count(m => Guid.TryParse(m.MessageId, out var id) && eventIds.Contains(id));
    }
}
