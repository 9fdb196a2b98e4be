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
    };

    internal void Delivered(DateTimeOffset now)
    {
        Attempts++;
        Status = NotificationStatus.Delivered;
        DeliveredAt = now;
        Error = null;
    }

    internal void Failed(string error)
    {
        Attempts++;
        Status = NotificationStatus.Failed;
        Error = error.Length > 500 ? error[..500] : error;
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
