extern alias policymatch;

using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Infrastructure;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Messaging;
using PolicyMatchProgram = policymatch::Program;

namespace Platform.IntegrationTests.Messaging;

/// <summary>The outbox → broker → inbox pipeline on real PostgreSQL and RabbitMQ, through the governance and policy-match services.</summary>
[Collection(PlatformServersCollection.Name)]
public sealed class ReliableDeliveryTests(PlatformServersFixture servers)
{
    private const string ConsumerQueue = "policy-match-case-closed";
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Cases_closed_while_the_broker_is_down_are_each_delivered_once_after_it_returns()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);

        await servers.RabbitMq.StopAsync();
        for (var i = 0; i < 20; i++)
        {
            await pipeline.FileAndCloseCaseAsync(i);
        }

        // Filing and closing still worked: the events wait in the outbox, in the same commits as the cases.
        Assert.Equal(40, await pipeline.UnsentOutboxRowsAsync());
        Assert.Equal((0, 0), await pipeline.SignalCountsAsync());

        await servers.RabbitMq.StartAgainAsync();

        await pipeline.WaitForSignalsAsync(20, DeliveryTimeout);
        await Eventually.MatchesAsync(pipeline.UnsentOutboxRowsAsync, unsent => unsent == 0, DeliveryTimeout, "the outbox to drain");
        Assert.Equal((20, 20), await pipeline.SignalCountsAsync());
    }

    [Fact]
    public async Task The_same_event_delivered_twice_has_one_effect()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        using var duplicates = new InstrumentCounter(MessagingTelemetry.Name, "qingmeng.inbox.duplicates");
        var closed = new CaseClosed(Guid.NewGuid(), "GD20261128999001", "ECON-RUN", $"{pipeline.Tag} 重复投递", "已办结", null);

        var bus = pipeline.Governance.Services.GetRequiredService<IBus>();
        await Task.WhenAll(bus.Publish(closed), bus.Publish(closed));
        await bus.Publish(closed);

        await Eventually.MatchesAsync(() => Task.FromResult(duplicates.Total), total => total >= 2, DeliveryTimeout, "two redeliveries to be recognised");
        Assert.Equal((1, 1), await pipeline.SignalCountsAsync());
    }

    [Fact]
    public async Task A_consumer_that_keeps_failing_parks_the_event_and_replay_delivers_it_after_the_fault_is_fixed()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        using var operatorClient = pipeline.PolicyMatch.CreateClient();
        operatorClient.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<PolicyMatchProgram>.OperatorKey);

        // The fault: the consumer's table is gone, so every attempt fails until an operator restores it.
        await servers.ExecuteAsync(pipeline.PolicyDb, "ALTER TABLE policy.demand_signals RENAME TO demand_signals_offline");
        var number = await pipeline.FileAndCloseCaseAsync(1);

        var parked = await Eventually.MatchesAsync(
            () => operatorClient.GetFromJsonAsync<JsonElement[]>($"/ops/messaging/error-queues/{ConsumerQueue}?limit=500")!,
            messages => messages!.Any(m => m.GetProperty("message").GetProperty("caseNumber").GetString() == number),
            DeliveryTimeout, "the failing event to be parked in the error queue");
        var parkedMessage = parked!.Single(m => m.GetProperty("message").GetProperty("caseNumber").GetString() == number);
        Assert.Contains("demand_signals", parkedMessage.GetProperty("exceptionMessage").GetString());

        await servers.ExecuteAsync(pipeline.PolicyDb, "ALTER TABLE policy.demand_signals_offline RENAME TO demand_signals");
        var replay = await operatorClient.PostAsync(
            $"/ops/messaging/error-queues/{ConsumerQueue}/messages/{parkedMessage.GetProperty("messageId").GetString()}/replay", null);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(1, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32());

        await pipeline.WaitForSignalsAsync(1, DeliveryTimeout);
        Assert.Equal((1, 1), await pipeline.SignalCountsAsync());
    }

    [Fact]
    public async Task Events_arriving_together_share_inbox_transactions_and_each_has_one_effect()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        var bus = pipeline.Governance.Services.GetRequiredService<IBus>();
        var events = Enumerable.Range(0, 200)
            .Select(i => new CaseClosed(Guid.NewGuid(), $"GD2026112880{i:D4}", "ECON-RUN", $"{pipeline.Tag} 批量办结 #{i}", "已办结", null))
            .ToArray();

        await Task.WhenAll(events.Select(e => bus.Publish(e)));
        await bus.Publish(events[7]); // a redelivery among them changes nothing

        await pipeline.WaitForSignalsAsync(200, DeliveryTimeout);
        Assert.Equal((200, 200), await pipeline.SignalCountsAsync());
        // Rows written by one transaction carry its id in xmin: fewer transactions than events means commits were shared.
        var ids = string.Join(',', events.Select(e => $"'{e.EventId}'"));
        var transactions = await servers.ScalarAsync(pipeline.PolicyDb,
            $"SELECT count(DISTINCT xmin::text) FROM policy.inbox_messages WHERE consumer = 'CaseClosedConsumer' AND event_id IN ({ids})");
        var inboxRows = await servers.ScalarAsync(pipeline.PolicyDb,
            $"SELECT count(*) FROM policy.inbox_messages WHERE consumer = 'CaseClosedConsumer' AND event_id IN ({ids})");
        Assert.Equal(200, inboxRows);
        Assert.InRange(transactions, 1, 199);
    }

    [Fact]
    public async Task A_poison_event_among_others_is_parked_alone_and_the_rest_commit()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        using var operatorClient = pipeline.PolicyMatch.CreateClient();
        operatorClient.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<PolicyMatchProgram>.OperatorKey);
        var bus = pipeline.Governance.Services.GetRequiredService<IBus>();
        var good = Enumerable.Range(0, 40)
            .Select(i => new CaseClosed(Guid.NewGuid(), $"GD2026112881{i:D4}", "ECON-RUN", $"{pipeline.Tag} 同批办结 #{i}", "已办结", null))
            .ToArray();
        // The case number does not fit the signal's column, so this one event fails on every attempt.
        var poison = new CaseClosed(Guid.NewGuid(), new string('9', 80), "ECON-RUN", $"{pipeline.Tag} 超长编号", "已办结", null);

        await Task.WhenAll(good.Append(poison).Select(e => bus.Publish(e)));

        await pipeline.WaitForSignalsAsync(40, DeliveryTimeout);
        var parked = await Eventually.MatchesAsync(
            () => operatorClient.GetFromJsonAsync<JsonElement[]>($"/ops/messaging/error-queues/{ConsumerQueue}?limit=500")!,
            messages => messages!.Any(m => m.GetProperty("message").GetProperty("title").GetString() == poison.Title),
            DeliveryTimeout, "the poison event to be parked");
        var parkedHere = parked!.Where(m => m.GetProperty("message").GetProperty("title").GetString()!.StartsWith(pipeline.Tag, StringComparison.Ordinal)).ToArray();
        Assert.Equal(poison.EventId, Assert.Single(parkedHere).GetProperty("message").GetProperty("eventId").GetGuid());
        Assert.Equal((40, 40), await pipeline.SignalCountsAsync());
    }

    [Fact]
    public async Task The_error_queue_endpoints_refuse_callers_without_the_operator_key()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        using var anonymous = pipeline.PolicyMatch.CreateClient();

        var response = await anonymous.GetAsync("/ops/messaging/error-queues");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Restarting_both_services_mid_stream_loses_nothing()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);

        for (var i = 0; i < 30; i++)
        {
            if (i == 10)
            {
                await pipeline.RestartPolicyMatchAsync();
            }
            if (i == 20)
            {
                await pipeline.RestartGovernanceAsync();
            }
            await pipeline.FileAndCloseCaseAsync(i);
        }

        await pipeline.WaitForSignalsAsync(30, DeliveryTimeout);
        await Eventually.MatchesAsync(pipeline.UnsentOutboxRowsAsync, unsent => unsent == 0, DeliveryTimeout, "the outbox to drain");
        Assert.Equal((30, 30), await pipeline.SignalCountsAsync());
    }

    /// <summary>Sums one counter of the platform's meter as the process records it.</summary>
    private sealed class InstrumentCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _total;

        public InstrumentCounter(string meterName, string instrumentName)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == meterName && instrument.Name == instrumentName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }
}
