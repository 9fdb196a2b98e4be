namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>
/// An integration event waiting to be published, saved in the same transaction as the state change
/// that raised it. Rows are marked sent only after the broker confirms.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Insertion order; the dispatcher publishes in this order.</summary>
    public long Sequence { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The contract's full type name, resolved against the contracts assembly when published.</summary>
    public string EventType { get; private set; } = "";

    public string Payload { get; private set; } = "";

    /// <summary>Events of one aggregate are published in order; a failed one holds back its successors.</summary>
    public string? AggregateKey { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Failed publishes so far; the back-off grows with them.</summary>
    public int Attempts { get; private set; }

    /// <summary>
    /// Failures that were the row's own: it could not be read, or it failed while the broker was taking other events.
    /// Failures during an outage do not count. At
    /// <see cref="MessagingOptions.OutboxMaxAttempts"/> the row is dead-lettered.
    /// </summary>
    public int Strikes { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>
    /// Set when the row failed too often on its own account: it is no longer tried, and its aggregate's later events wait
    /// behind it, until an operator retries or discards it.
    /// </summary>
    public DateTimeOffset? DeadLetteredAt { get; private set; }

    /// <summary>Set when an operator gave up on a dead-lettered row: it is never published, and its aggregate moves on.</summary>
    public DateTimeOffset? DiscardedAt { get; private set; }

    /// <summary>W3C trace context of the request that raised the event, so the trace continues through the broker.</summary>
    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    private OutboxMessage()
    {
    }

    internal static OutboxMessage Create(
        Guid eventId, string eventType, string payload, string? aggregateKey, DateTimeOffset occurredAt,
        DateTimeOffset now, string? traceParent, string? traceState) => new()
        {
            EventId = eventId,
            EventType = eventType,
            Payload = payload,
            AggregateKey = aggregateKey,
            OccurredAt = occurredAt,
            CreatedAt = now,
            NextAttemptAt = now,
            TraceParent = traceParent,
            TraceState = traceState,
        };

    /// <summary>An operator puts a dead-lettered row back in line, as if it were new.</summary>
    internal void RetryByOperator(DateTimeOffset now)
    {
        DeadLetteredAt = null;
        Attempts = 0;
        Strikes = 0;
        NextAttemptAt = now;
    }

    /// <summary>An operator gives up on a dead-lettered row: it is never published and no longer holds its aggregate.</summary>
    internal void Discard(DateTimeOffset now) => DiscardedAt = now;
}
