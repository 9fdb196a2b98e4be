using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>
/// Publishes outbox rows to the broker. One replica dispatches at a time (a transaction-scoped advisory
/// lock), rows go out in insertion order, events of one aggregate strictly in order, and a row is marked
/// sent only after the broker confirmed it. Failures back off exponentially and hold back their aggregate.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopeFactory,
    IBus bus,
    OutboxSignal signal,
    MessagingTelemetry telemetry,
    IOptions<MessagingOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private static readonly TimeSpan CleanupInterval = TimeSpan.FromHours(1);

    // Rows are stamped with the wall clock when staged, so they are compared, backed off and cleaned up on it too:
    // a service's own TimeProvider is domain time (tests move it) and must not hold events back.
    private static readonly TimeProvider Time = TimeProvider.System;
    private readonly MessagingOptions _options = options.Value;
    private DateTimeOffset _nextCleanupAt = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken hostStopping)
    {
        // The bus is drained and stopped before this service is (see BusDrainOnStop): rounds after the application
        // started stopping would only fail against the stopped bus, so they end with the application.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(hostStopping, lifetime.ApplicationStopping);
        var stoppingToken = stopping.Token;
        // Polling starts no traces of its own; a row still publishes under the trace of the request that staged it.
        using var backgroundWork = BackgroundWork.Begin();
        while (!stoppingToken.IsCancellationRequested)
        {
            var taken = 0;
            try
            {
                taken = await DispatchBatchAsync(stoppingToken);
                await CleanUpIfDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                MessagingLog.DispatchRoundFailed(logger, exception);
            }

            // Rows taken means more may be waiting (a batch takes only so many per aggregate): go again at once.
            // Failed rows back off, so a round after an outage's failures finds nothing due and waits.
            if (taken == 0)
            {
                await signal.WaitAsync(_options.OutboxPollInterval, stoppingToken);
            }
        }
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var tables = IntegrationEventTables.For(db);
        var strategy = db.Database.CreateExecutionStrategy();

        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var locked = await db.Database
                .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({tables.DispatchLockKey}) AS \"Value\"")
                .SingleAsync(ct);
            if (!locked)
            {
                return 0;
            }

            var now = Time.GetUtcNow();
            var batch = await db.Set<OutboxMessage>()
                .FromSqlRaw(PendingSql(tables.Outbox), now, _options.OutboxBatchSize, _options.OutboxMaxRowsPerAggregate)
                .AsNoTracking()
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                await transaction.CommitAsync(ct);
                return 0;
            }

            var outcome = await PublishAsync(batch, ct);
            await RecordOutcomeAsync(db, outcome, ct);
            await transaction.CommitAsync(ct);
            MessagingLog.Published(logger, outcome.Sent.Count);
            return batch.Count;
        }, cancellationToken);
    }

    /// <summary>
    /// Unsent rows that are due, oldest first, at most {2} per aggregate (its oldest), minus any row whose aggregate
    /// still has an earlier row waiting out a back-off or dead-lettered: events of one aggregate stay in order.
    /// </summary>
    private static string PendingSql(string table) => $$"""
        SELECT o.* FROM {{table}} o
        JOIN (
            SELECT p.sequence,
                   row_number() OVER (PARTITION BY coalesce(p.aggregate_key, p.event_id::text) ORDER BY p.sequence) AS rank_in_aggregate
            FROM {{table}} p
            WHERE p.sent_at IS NULL AND p.discarded_at IS NULL AND p.dead_lettered_at IS NULL AND p.next_attempt_at <= {0}
        ) due ON due.sequence = o.sequence
        WHERE due.rank_in_aggregate <= {2}
          AND (o.aggregate_key IS NULL OR NOT EXISTS (
                SELECT 1 FROM {{table}} e
                WHERE e.aggregate_key = o.aggregate_key AND e.sent_at IS NULL AND e.discarded_at IS NULL
                  AND e.sequence < o.sequence AND (e.next_attempt_at > {0} OR e.dead_lettered_at IS NOT NULL)))
        ORDER BY o.sequence
        LIMIT {1}
        """;

    private async Task<PublishOutcome> PublishAsync(List<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var outcome = new PublishOutcome();
        // Aggregates publish in parallel with each other, each one strictly in sequence.
        var lanes = batch.GroupBy(m => m.AggregateKey ?? m.EventId.ToString());
        await Parallel.ForEachAsync(lanes, new ParallelOptions { MaxDegreeOfParallelism = _options.OutboxBatchSize, CancellationToken = cancellationToken },
            async (lane, ct) =>
            {
                foreach (var message in lane)
                {
                    try
                    {
                        await PublishOneAsync(message, ct);
                        outcome.MarkSent(message);
                    }
                    catch (Exception exception) when (!ct.IsCancellationRequested)
                    {
                        outcome.MarkFailed(message, exception);
                        break;
                    }
                }
            });
        return outcome;
    }

    private async Task PublishOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var (type, body) = Read(message);

        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
        using var activity = MessagingTelemetry.ActivitySource.StartActivity(
            $"outbox publish {type.Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", message.EventId);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        var mustBeRouted = SubscriberTopology.MustBeRouted(type);
        try
        {
            await bus.Publish(body, type, context =>
            {
                context.MessageId = message.EventId;
                // An event with consumers that reaches no queue is returned, not confirmed into nowhere (see SubscriberTopology).
                context.Mandatory = mustBeRouted;
            }, timeout.Token);
        }
        catch (MessageReturnedException returned)
        {
            throw new UnroutableEventException(message.EventId, type, returned);
        }

        telemetry.Published.Add(1);
        telemetry.PublishDelay.Record((Time.GetUtcNow() - message.CreatedAt).TotalMilliseconds);
    }

    private static (Type Type, object Body) Read(OutboxMessage message)
    {
        try
        {
            var type = IntegrationEventTypes.Resolve(message.EventType);
            var body = JsonSerializer.Deserialize(message.Payload, type, PlatformJson.Options)
                ?? throw new InvalidOperationException($"Outbox row {message.EventId} has an empty payload.");
            return (type, body);
        }
        catch (Exception exception) when (exception is InvalidOperationException or JsonException or NotSupportedException)
        {
            throw new UnreadableOutboxRowException(message.EventId, exception);
        }
    }

    /// <summary>
    /// A failure is the row's own when the row cannot be read, when the broker returned it for want of a queue, or when it
    /// failed while the broker confirmed other events of the same round. Anything else is an outage, which the outbox rides out without counting.
    /// </summary>
    private static bool IsOwnFailure(Exception exception, PublishOutcome outcome) =>
        exception is UnreadableOutboxRowException or UnroutableEventException || outcome.Sent.Count > 0;

    private async Task RecordOutcomeAsync(TContext db, PublishOutcome outcome, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        if (outcome.Sent.Count > 0)
        {
            var sent = outcome.Sent.ToArray();
            await db.Set<OutboxMessage>()
                .Where(m => sent.Contains(m.Sequence))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now), cancellationToken);
        }

        foreach (var (message, exception) in outcome.Failed)
        {
            var attempt = message.Attempts + 1;
            var strikes = message.Strikes + (IsOwnFailure(exception, outcome) ? 1 : 0);
            var nextAttemptAt = now + Backoff(attempt);
            var error = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
            DateTimeOffset? deadLetteredAt = strikes >= _options.OutboxMaxAttempts ? now : null;
            await db.Set<OutboxMessage>()
                .Where(m => m.Sequence == message.Sequence)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempt)
                    .SetProperty(m => m.Strikes, strikes)
                    .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                    .SetProperty(m => m.DeadLetteredAt, deadLetteredAt)
                    .SetProperty(m => m.LastError, error), cancellationToken);
            telemetry.PublishFailures.Add(1);
            if (deadLetteredAt is not null)
            {
                telemetry.DeadLettered.Add(1, new KeyValuePair<string, object?>("event_type", message.EventType));
                MessagingLog.DeadLettered(logger, message.EventId, message.EventType, strikes, exception);
            }
            else
            {
                MessagingLog.PublishFailed(logger, message.EventId, message.EventType, attempt, nextAttemptAt, exception);
            }
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var factor = Math.Pow(2, Math.Min(attempt - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(_options.OutboxInitialBackoff.Ticks * factor, _options.OutboxMaxBackoff.Ticks));
        return delay;
    }

    private async Task CleanUpIfDueAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        if (now < _nextCleanupAt)
        {
            return;
        }
        _nextCleanupAt = now + CleanupInterval;

        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = now - _options.Retention;
        var outboxRows = await db.Set<OutboxMessage>()
            .Where(m => (m.SentAt != null && m.SentAt < cutoff) || (m.DiscardedAt != null && m.DiscardedAt < cutoff))
            .ExecuteDeleteAsync(cancellationToken);
        var inboxRows = await db.Set<InboxMessage>()
            .Where(m => m.ProcessedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        if (outboxRows + inboxRows > 0)
        {
            MessagingLog.Cleaned(logger, outboxRows, inboxRows, _options.Retention);
        }
    }

    private sealed class PublishOutcome
    {
        private readonly Lock _gate = new();

        public List<long> Sent { get; } = [];

        public List<(OutboxMessage Message, Exception Exception)> Failed { get; } = [];

        public void MarkSent(OutboxMessage message)
        {
            lock (_gate)
            {
                Sent.Add(message.Sequence);
            }
        }

        public void MarkFailed(OutboxMessage message, Exception exception)
        {
            lock (_gate)
            {
                Failed.Add((message, exception));
            }
        }
    }
}

/// <summary>An outbox row whose type or payload cannot be read: no retry will make it publishable.</summary>
internal sealed class UnreadableOutboxRowException(Guid eventId, Exception inner)
    : Exception($"Outbox row {eventId} cannot be read: {inner.Message}", inner);

/// <summary>
/// The broker took the event but no queue was bound for it (it returned the mandatory publish): the row stays pending and
/// is retried with back-off until a queue exists, and is dead-lettered if none ever does.
/// </summary>
internal sealed class UnroutableEventException(Guid eventId, Type eventType, Exception inner)
    : Exception($"事件无队列接收 / No queue is bound for outbox event {eventId} ({eventType.Name}); the broker returned it.", inner);
