namespace Qingmeng.ServiceDefaults.Notifications;

public interface INotificationSender
{
    Task<NotificationOutcome> SendAsync(Notification notification, CancellationToken cancellationToken = default);
}
