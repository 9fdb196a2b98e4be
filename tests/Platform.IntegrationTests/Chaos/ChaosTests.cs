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

namespace Platform.IntegrationTests.Chaos;

/// <summary>
/// Faults in the middle of a stream of events, on real servers: governance's outbox publishes a burst of
/// <see cref="CaseClosed"/> and policy-match consumes it twice over (a demand signal per case, and a count on the firm's
/// profile) while a process is killed or a server restarts. Each test ends by counting the effects: every event applied
/// exactly once by both consumers, none parked in an error queue. The drain times printed are in bench/README.md.
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class ChaosTests(PlatformServersFixture servers, ITestOutputHelper output)
{
    private const int Events = 300;
    private const int Firms = 20;
    private const int FaultAfterSignals = 30;
    private static readonly string[] ConsumerQueues = ["policy-match-case-closed", "policy-match-case-closed-profile"];
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_consuming_service_killed_with_sigkill_mid_stream_and_restarted_applies_each_event_exactly_once()
    {
        await using var pipeline = await CasePipeline.StartWithoutPolicyMatchAsync(servers, servers.RabbitMq.ConnectionString);
        var consumer = await StartPolicyMatchProcessAsync(pipeline);
        try
        {
            var burst = await StageCasesClosedAsync(pipeline);
            var before = await WaitUntilMidStreamAsync(pipeline);

            await consumer.KillAsync();
            var drain = Stopwatch.StartNew();
            await consumer.DisposeAsync();
            consumer = await StartPolicyMatchProcessAsync(pipeline);
            await WaitUntilSettledAsync(pipeline, burst);
            Report("policy-match killed (SIGKILL) and restarted", before, drain);

            await AssertEachAppliedOnceAndNoneParkedAsync(pipeline, burst);
        }
        finally
        {
            await consumer.DisposeAsync();
        }
    }

    [Fact]
    public async Task PostgreSQL_restarted_under_both_services_mid_stream_applies_each_event_exactly_once()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        var burst = await StageCasesClosedAsync(pipeline);
        var before = await WaitUntilMidStreamAsync(pipeline);

        await servers.Postgres.StopAsync();
        await Task.Delay(Outage);
        var drain = Stopwatch.StartNew();
        await servers.Postgres.StartAgainAsync();
        await WaitUntilSettledAsync(pipeline, burst);
        Report($"PostgreSQL stopped for {Outage.TotalSeconds:0} s and restarted", before, drain);

        await AssertEachAppliedOnceAndNoneParkedAsync(pipeline, burst);
    }

    [Fact]
    public async Task RabbitMQ_restarted_under_both_services_mid_stream_applies_each_event_exactly_once()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        var burst = await StageCasesClosedAsync(pipeline);
        var before = await WaitUntilMidStreamAsync(pipeline);

        await servers.RabbitMq.StopAsync();
        await Task.Delay(Outage);
        var drain = Stopwatch.StartNew();
        await servers.RabbitMq.StartAgainAsync();
        await WaitUntilSettledAsync(pipeline, burst);
        Report($"RabbitMQ stopped for {Outage.TotalSeconds:0} s and restarted", before, drain);

        await AssertEachAppliedOnceAndNoneParkedAsync(pipeline, burst);
    }

    private sealed record Burst(HashSet<Guid> EventIds, string[] CreditCodes);

    /// <summary>The burst is staged in governance's outbox in one commit, as many requests would leave it.</summary>
    private static async Task<Burst> StageCasesClosedAsync(CasePipeline pipeline)
    {
        var creditCodes = Enumerable.Range(0, Firms).Select(i => $"913505{i:D4}MACHAOS{i % 10}").ToArray();
        var eventIds = new HashSet<Guid>();
        await using var scope = pipeline.Governance.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceContext>();
        for (var i = 0; i < Events; i++)
        {
            var closed = new CaseClosed(Guid.NewGuid(), $"GD20261206{i:D6}", "ECON-RUN", $"{pipeline.Tag} 故障演练办结 #{i}", "已办结",
                creditCodes[i % Firms], ClosedOnTime: true);
            db.AddIntegrationEvent(closed, aggregateKey: closed.CaseId.ToString());
            eventIds.Add(closed.EventId);
        }
        await db.SaveChangesAsync();
        return new Burst(eventIds, creditCodes);
    }

    /// <summary>Some of the burst is applied and most is not: the fault hits a stream in motion.</summary>
    private static async Task<long> WaitUntilMidStreamAsync(CasePipeline pipeline)
    {
        var (signals, _) = await pipeline.WaitForSignalsAsync(FaultAfterSignals, DrainTimeout);
        Assert.True(signals < Events, $"the burst was applied before the fault ({signals} of {Events})");
        return signals;
    }

    private async Task WaitUntilSettledAsync(CasePipeline pipeline, Burst burst) =>
        await Eventually.MatchesAsync(
            async () => Math.Min(await InboxRowsAsync(pipeline, "CaseClosedConsumer", burst), await InboxRowsAsync(pipeline, "CaseClosedProfileConsumer", burst))
                + await ParkedAsync(burst),
            settled => settled >= Events, DrainTimeout, $"{Events} events to be applied by both consumers or parked");

    private async Task AssertEachAppliedOnceAndNoneParkedAsync(CasePipeline pipeline, Burst burst)
    {
        Assert.Equal(0, await ParkedAsync(burst));
        Assert.Equal((Events, Events), await pipeline.SignalCountsAsync());
        Assert.Equal(Events, await InboxRowsAsync(pipeline, "CaseClosedConsumer", burst));
        Assert.Equal(Events, await InboxRowsAsync(pipeline, "CaseClosedProfileConsumer", burst));
        foreach (var creditCode in burst.CreditCodes)
        {
            Assert.Equal(Events / Firms, await servers.ScalarAsync(pipeline.PolicyDb,
                $"SELECT (facts -> 'casesClosed' ->> 'value')::bigint FROM policy.firm_profiles WHERE credit_code = '{creditCode}'"));
        }
        Assert.Equal(0, await pipeline.UnsentOutboxRowsAsync());
    }

    private void Report(string fault, long appliedBefore, Stopwatch drain)
    {
        drain.Stop();
        output.WriteLine($"{fault}: {Events} CaseClosed × 2 consumers, {appliedBefore} applied before the fault; " +
            $"drained {drain.Elapsed.TotalSeconds:0.0} s after recovery began");
    }

    private Task<long> InboxRowsAsync(CasePipeline pipeline, string consumer, Burst burst) =>
        servers.ScalarAsync(pipeline.PolicyDb,
            $"SELECT count(*) FROM policy.inbox_messages WHERE consumer = '{consumer}' AND event_id IN ({string.Join(',', burst.EventIds.Select(id => $"'{id}'"))})");

    /// <summary>This test's events parked in either consumer's error queue (the broker is shared by the collection).</summary>
    private async Task<long> ParkedAsync(Burst burst)
    {
        await using var client = new ErrorQueueClient(new Uri(servers.RabbitMq.ConnectionString), NullLogger<ErrorQueueClient>.Instance);
        long parked = 0;
        foreach (var queue in ConsumerQueues)
        {
            var messages = await client.PeekAsync(queue, ErrorQueueApi.MaxPeek, CancellationToken.None);
            parked += messages.Count(m => Guid.TryParse(m.MessageId, out var id) && burst.EventIds.Contains(id));
        }
        return parked;
    }

    private static async Task<ServiceProcess> StartPolicyMatchProcessAsync(CasePipeline pipeline)
    {
        var service = ServiceProcess.Start("policy-match", "Qingmeng.PolicyMatch.Api", pipeline.PolicyMatchSettings);
        using var client = service.CreateClient();
        client.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<object>.OperatorKey);
        try
        {
            await Eventually.MatchesAsync(
                async () =>
                {
                    try
                    {
                        return await client.GetStringAsync("/ops/messaging/error-queues");
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        // Not listening yet, or too busy starting to answer in time.
                        return "";
                    }
                },
                body => ConsumerQueues.All(q => body.Contains($"\"{q}\"", StringComparison.Ordinal)),
                TimeSpan.FromMinutes(2), "the policy-match process's consumer endpoints to start");
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message}\n{service.RecentOutput}", timeout);
        }
        return service;
    }
}
