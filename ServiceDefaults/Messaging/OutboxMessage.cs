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

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

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
}
