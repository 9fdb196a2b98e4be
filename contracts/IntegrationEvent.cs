namespace Qingmeng.Contracts;

/// <summary>
/// Base of every integration event. The event id is what consumers' inboxes de-duplicate on;
/// it is also the broker message id, so a redelivered or replayed event keeps its identity.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
