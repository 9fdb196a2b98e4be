extern alias governance;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Infrastructure;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Messaging;
using GovernanceContext = governance::Qingmeng.Governance.Infrastructure.GovernanceContext;
using GovernanceProgram = governance::Program;

namespace Platform.IntegrationTests.Messaging;

/// <summary>
/// Poison outbox rows on governance's real outbox: after a few failures of their own they are dead-lettered, hold back
/// their aggregate's later events (order per aggregate is kept), show up for the operator, and are retried or discarded.
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class OutboxDeadLetterTests(PlatformServersFixture servers)
{
    private const string DeadLetters = "/ops/messaging/outbox/dead-letters";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string> ThreeStrikes = new() { ["Messaging:OutboxMaxAttempts"] = "3" };

    [Fact]
    public async Task A_poison_row_is_dead_lettered_holds_its_aggregate_and_an_operator_retry_after_the_fix_delivers_both()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers, ThreeStrikes);
        using var operatorClient = OperatorClient(pipeline);
        var (poison, heldBack, other) = await StagePoisonAsync(pipeline);

        var listed = await WaitForDeadLetterAsync(operatorClient, poison.EventId);
        Assert.Equal(1, listed.GetProperty("heldBack").GetInt32());
        Assert.Equal(3, listed.GetProperty("strikes").GetInt32());
        Assert.Contains("cannot be read", listed.GetProperty("lastError").GetString());
        // The other aggregate was not held up; the poison row's successor was.
        await pipeline.WaitForSignalsAsync(1, Timeout);
        Assert.Equal(1, await SignalsOfAsync(pipeline, other));
        Assert.Equal(0, await SignalsOfAsync(pipeline, heldBack));

        // The operator repairs the row, then puts it back in line.
        await servers.ExecuteAsync(pipeline.GovernanceDb,
            $"UPDATE governance.outbox_messages SET event_type = '{IntegrationEventTypeName}' WHERE event_id = '{poison.EventId}'");
        var retry = await operatorClient.PostAsync($"{DeadLetters}/{poison.EventId}/retry", null);
        Assert.Equal(HttpStatusCode.NoContent, retry.StatusCode);

        await pipeline.WaitForSignalsAsync(3, Timeout);
        Assert.Equal(1, await SignalsOfAsync(pipeline, poison));
        Assert.Equal(1, await SignalsOfAsync(pipeline, heldBack));
        Assert.Empty(await operatorClient.GetFromJsonAsync<JsonElement[]>(DeadLetters) ?? []);
        Assert.Equal(1, await servers.ScalarAsync(pipeline.GovernanceDb,
            $"SELECT count(*) FROM governance.audit_records WHERE action = 'outbox.retried' AND resource_id = '{poison.EventId}'"));
    }

    [Fact]
    public async Task Discarding_a_dead_lettered_row_releases_its_aggregate_and_the_row_is_never_published()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers, ThreeStrikes);
        using var operatorClient = OperatorClient(pipeline);
        var (poison, heldBack, _) = await StagePoisonAsync(pipeline);
        await WaitForDeadLetterAsync(operatorClient, poison.EventId);

        var discard = await operatorClient.PostAsync($"{DeadLetters}/{poison.EventId}/discard", null);
        Assert.Equal(HttpStatusCode.NoContent, discard.StatusCode);

        await pipeline.WaitForSignalsAsync(2, Timeout);
        Assert.Equal(1, await SignalsOfAsync(pipeline, heldBack));
        Assert.Equal(0, await SignalsOfAsync(pipeline, poison));
        Assert.Equal(1, await servers.ScalarAsync(pipeline.GovernanceDb,
            $"SELECT count(*) FROM governance.audit_records WHERE action = 'outbox.discarded' AND resource_id = '{poison.EventId}'"));
        var again = await operatorClient.PostAsync($"{DeadLetters}/{poison.EventId}/discard", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_dead_letter_endpoints_refuse_callers_without_the_operator_key()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        using var anonymous = pipeline.Governance.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(DeadLetters)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"{DeadLetters}/{Guid.NewGuid()}/retry", null)).StatusCode);
    }

    [Fact]
    public async Task One_aggregates_backlog_does_not_starve_another_aggregates_event()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers, new Dictionary<string, string>
        {
            ["Messaging:OutboxBatchSize"] = "50",
            ["Messaging:OutboxMaxRowsPerAggregate"] = "10",
        });
        await servers.RabbitMq.StopAsync();
        var backlog = Enumerable.Range(0, 300).Select(i => Closed(pipeline, $"积压 #{i}")).ToArray();
        var lone = Closed(pipeline, "另一事项");
        await using (var scope = pipeline.Governance.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GovernanceContext>();
            foreach (var closed in backlog)
            {
                db.AddIntegrationEvent(closed, aggregateKey: "busy-aggregate");
            }
            db.AddIntegrationEvent(lone, aggregateKey: "quiet-aggregate");
            await db.SaveChangesAsync();
        }
        await servers.RabbitMq.StartAgainAsync();

        await Eventually.MatchesAsync(pipeline.UnsentOutboxRowsAsync, unsent => unsent == 0, Timeout, "the outbox to drain");
        // The lone event went out in the first round that could publish: at most one round's share of the backlog before it.
        var backlogSentBefore = await servers.ScalarAsync(pipeline.GovernanceDb, $"""
            SELECT count(*) FROM governance.outbox_messages
            WHERE aggregate_key = 'busy-aggregate'
              AND sent_at < (SELECT sent_at FROM governance.outbox_messages WHERE event_id = '{lone.EventId}')
            """);
        Assert.InRange(backlogSentBefore, 0, 10);
    }

    private static readonly string IntegrationEventTypeName = $"{typeof(CaseClosed).FullName}, {typeof(CaseClosed).Assembly.GetName().Name}";

    private static CaseClosed Closed(CasePipeline pipeline, string what) =>
        new(Guid.NewGuid(), $"GD{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}", "ECON-RUN", $"{pipeline.Tag} {what}", "已办结", null);

    /// <summary>
    /// Three events committed together: a poison one (its type name cannot be resolved) and its aggregate's next event,
    /// and one event of another aggregate.
    /// </summary>
    private static async Task<(CaseClosed Poison, CaseClosed HeldBack, CaseClosed Other)> StagePoisonAsync(CasePipeline pipeline)
    {
        var poison = Closed(pipeline, "毒消息");
        var heldBack = Closed(pipeline, "同一聚合的后续事件");
        var other = Closed(pipeline, "其他聚合");
        await using var scope = pipeline.Governance.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AddIntegrationEvent(poison, aggregateKey: "poisoned-aggregate");
            db.AddIntegrationEvent(heldBack, aggregateKey: "poisoned-aggregate");
            db.AddIntegrationEvent(other, aggregateKey: "healthy-aggregate");
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlAsync(
                $"UPDATE governance.outbox_messages SET event_type = 'Qingmeng.Contracts.CaseClosedRenamed, Qingmeng.Contracts' WHERE event_id = {poison.EventId}");
            await transaction.CommitAsync();
        });
        return (poison, heldBack, other);
    }

    private static async Task<JsonElement> WaitForDeadLetterAsync(HttpClient operatorClient, Guid eventId)
    {
        var listed = await Eventually.MatchesAsync(
            () => operatorClient.GetFromJsonAsync<JsonElement[]>(DeadLetters)!,
            rows => rows!.Any(r => r.GetProperty("eventId").GetGuid() == eventId),
            Timeout, "the poison row to be dead-lettered");
        return listed!.Single(r => r.GetProperty("eventId").GetGuid() == eventId);
    }

    private Task<long> SignalsOfAsync(CasePipeline pipeline, CaseClosed closed) =>
        servers.ScalarAsync(pipeline.PolicyDb, $"SELECT count(*) FROM policy.demand_signals WHERE reference = '{closed.CaseNumber}'");

    private static HttpClient OperatorClient(CasePipeline pipeline)
    {
        var client = pipeline.Governance.CreateClient();
        client.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<GovernanceProgram>.OperatorKey);
        return client;
    }
}
