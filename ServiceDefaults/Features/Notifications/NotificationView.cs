namespace Qingmeng.ServiceDefaults.Notifications;

public sealed record NotificationQuery(string? Recipient, string? Category, string? Key);

public sealed record NotificationView(
    long Id, string Key, string Recipient, string Category, string Text, string Channel, NotificationStatus Status, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt);
