using System.Text.Json.Serialization;

namespace Qingmeng.ServiceDefaults.Notifications;

/// <summary>
/// A message to one person or firm. <see cref="Key"/> makes it once-only (e.g. <c>renewal-warning:{loanId}</c>);
/// <see cref="Recipient"/> is a mobile number (sent by SMS when a gateway is configured) or a platform subject
/// (kept for the app); <see cref="Category"/> (e.g. <c>policy-push</c>) is what people opt out of.
/// </summary>
public sealed record Notification(string Key, string Recipient, string Category, string Text);

[JsonConverter(typeof(JsonStringEnumConverter<NotificationOutcome>))]
public enum NotificationOutcome
{
    Sent,
    /// <summary>A notification with this key was already sent: nothing was sent again.</summary>
    Duplicate,
    OptedOut,
    /// <summary>The recipient had too many messages in the last hour; try again later with the same key.</summary>
    Throttled,
    /// <summary>The gateway refused or could not be reached; sending again with the same key retries.</summary>
    Failed,
}

public interface INotificationSender
{
    Task<NotificationOutcome> SendAsync(Notification notification, CancellationToken cancellationToken = default);
}
