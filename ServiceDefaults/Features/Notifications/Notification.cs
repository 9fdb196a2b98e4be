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
    /// <summary>
    /// The recipient had too many messages in the last hour: the message is kept and the background sender delivers it
    /// when the hour allows. Nothing to do for the caller (sending the key again changes nothing).
    /// </summary>
    Throttled,
    /// <summary>
    /// The gateway refused or could not be reached: the background sender retries after a back-off, and sending again
    /// with the same key retries at once.
    /// </summary>
    Failed,
}

public static class NotificationOutcomeExtensions
{
    /// <summary>
    /// Nothing is left for the caller to do: sent (now or before), not wanted, or kept and sent by the background
    /// sender when the recipient's hourly limit allows. Only <see cref="NotificationOutcome.Failed"/> is worth a retry.
    /// </summary>
    public static bool IsSettled(this NotificationOutcome outcome) => outcome is not NotificationOutcome.Failed;
}
