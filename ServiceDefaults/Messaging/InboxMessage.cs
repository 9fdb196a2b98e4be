namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>An event a consumer has processed; its key makes a redelivered event a no-op.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; private set; }

    /// <summary>Several consumers in one service may handle the same event, each once.</summary>
    public string Consumer { get; private set; } = "";

    public DateTimeOffset ProcessedAt { get; private set; }

    private InboxMessage()
    {
    }

    internal static InboxMessage For(Guid eventId, string consumer, DateTimeOffset processedAt) =>
        new() { EventId = eventId, Consumer = consumer, ProcessedAt = processedAt };
}
