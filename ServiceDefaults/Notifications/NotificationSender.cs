using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.ServiceDefaults.Notifications;

/// <summary>
/// Sends each notification once: opt-outs first, then the key (a unique row, so two replicas racing on the
/// same key send one message), then the per-recipient throttle, then the channel. Works in a scope of its
/// own, so it never saves the caller's pending changes.
/// </summary>
internal sealed class NotificationSender<TContext>(
    IServiceScopeFactory scopeFactory,
    SmsGatewayClient smsGateway,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    NotificationTelemetry telemetry,
    ILogger<NotificationSender<TContext>> logger) : INotificationSender
    where TContext : DbContext
{
    private const string UniqueViolation = "23505";

    public async Task<NotificationOutcome> SendAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notification.Key);
        ArgumentException.ThrowIfNullOrWhiteSpace(notification.Recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(notification.Category);
        ArgumentException.ThrowIfNullOrWhiteSpace(notification.Text);

        var outcome = await SendOnceAsync(notification, cancellationToken);
        telemetry.Record(notification.Category, outcome);
        NotificationLog.Outcome(logger, notification.Key, notification.Category, outcome);
        return outcome;
    }

    private async Task<NotificationOutcome> SendOnceAsync(Notification notification, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = time.GetUtcNow();

        if (await db.Set<NotificationOptOut>().AnyAsync(o => o.Recipient == notification.Recipient &&
                (o.Category == notification.Category || o.Category == NotificationOptOut.AllCategories), cancellationToken))
        {
            return NotificationOutcome.OptedOut;
        }

        var message = await db.Set<NotificationMessage>().SingleOrDefaultAsync(m => m.Key == notification.Key, cancellationToken);
        if (message is { Status: not NotificationStatus.Failed })
        {
            return NotificationOutcome.Duplicate;
        }

        if (message is null)
        {
            var since = now.AddHours(-1);
            var lastHour = await db.Set<NotificationMessage>().CountAsync(m => m.Recipient == notification.Recipient && m.CreatedAt > since, cancellationToken);
            if (lastHour >= options.Value.MaxPerRecipientPerHour)
            {
                return NotificationOutcome.Throttled;
            }

            var mobile = MobileNumber.TryParse(notification.Recipient, out _) && smsGateway.IsConfigured;
            message = NotificationMessage.Create(notification, mobile ? "sms" : "local", now);
            db.Add(message);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: UniqueViolation })
            {
                // Another replica claimed this key between our check and our insert: it sends, we don't.
                return NotificationOutcome.Duplicate;
            }
        }

        try
        {
            if (message.Channel == "sms")
            {
                await smsGateway.SubmitAsync(message.Recipient, message.Text, message.Key, cancellationToken);
            }
            message.Delivered(time.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            return NotificationOutcome.Sent;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            NotificationLog.DeliveryFailed(logger, message.Key, exception);
            message.Failed(exception.Message);
            await db.SaveChangesAsync(CancellationToken.None);
            return NotificationOutcome.Failed;
        }
    }
}

internal sealed class NotificationTelemetry
{
    public const string MeterName = "Qingmeng.Notifications";

    private readonly Counter<long> _notifications;

    public NotificationTelemetry(IMeterFactory meterFactory) =>
        _notifications = meterFactory.Create(MeterName)
            .CreateCounter<long>("qingmeng.notifications", "{notification}", "Notifications by category and outcome");

    public void Record(string category, NotificationOutcome outcome) =>
        _notifications.Add(1, new("category", category), new("outcome", outcome.ToString()));
}

internal static partial class NotificationLog
{
    // The key and category only: recipients and texts may be personal data.
    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Notification {Key} ({Category}): {Outcome}")]
    public static partial void Outcome(ILogger logger, string key, string category, NotificationOutcome outcome);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Notification {Key} could not be delivered")]
    public static partial void DeliveryFailed(ILogger logger, string key, Exception exception);
}
