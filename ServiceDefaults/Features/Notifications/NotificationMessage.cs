namespace Qingmeng.ServiceDefaults.Notifications;

public enum NotificationStatus
{
    Pending,
    Delivered,
    Failed,
}

/// <summary>Every notification the service sent (or tried to): the local sink operators inspect, and the de-duplication record.</summary>
public sealed class NotificationMessage
{
    public long Id { get; private set; }

    public string Key { get; private set; } = "";

    public string Recipient { get; private set; } = "";

    public string Category { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary><c>sms</c> through the configured gateway, or <c>local</c> (stored only).</summary>
    public string Channel { get; private set; } = "";

    public NotificationStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public string? Error { get; private set; }

    /// <summary>
    /// When the background sender may try a row that is not delivered: at once for a new one, when the hourly window
    /// opens for a throttled one, after a back-off for a failed one.
    /// </summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The sender that is delivering the row right now (one claim per attempt), until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>The claim's lease: a sender that crashed mid-send leaves it behind, and the row can be claimed again after it.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    private NotificationMessage()
    {
    }

    internal static NotificationMessage Create(Notification notification, string channel, DateTimeOffset now) => new()
    {
        Key = notification.Key,
        Recipient = notification.Recipient,
        Category = notification.Category,
        Text = notification.Text,
        Channel = channel,
        Status = NotificationStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>A new row kept for later (throttled).</summary>
    internal void Defer(DateTimeOffset until) => NextAttemptAt = until;

    /// <summary>A new row claimed by the sender that inserts it.</summary>
    internal void Claim(string by, DateTimeOffset until)
    {
        ClaimedBy = by;
        ClaimedUntil = until;
    }
}

/// <summary>A recipient who does not want a category of notifications (<c>*</c>: none at all).</summary>
public sealed class NotificationOptOut
{
    public const string AllCategories = "*";

    public string Recipient { get; private set; } = "";

    public string Category { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    private NotificationOptOut()
    {
    }

    internal static NotificationOptOut Create(string recipient, string category, DateTimeOffset now) =>
        new() { Recipient = recipient, Category = category, CreatedAt = now };
}
