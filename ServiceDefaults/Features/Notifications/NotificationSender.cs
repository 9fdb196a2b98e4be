using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.ServiceDefaults.Notifications;

/// <summary>
/// Sends each notification once: opt-outs first, then the key (a unique row, so two replicas racing on the
/// same key send one message), then the per-recipient throttle, then the channel. Works in a scope of its
/// own, so it never saves the caller's pending changes.
/// </summary>
/// <remarks>
/// The rows are also a queue that <see cref="NotificationDispatcher{TContext}"/> works through: a throttled
/// message waits (its <see cref="NotificationMessage.NextAttemptAt"/> is when the hourly window opens) without
/// holding up anyone else's; a failed one is retried after a back-off; a row whose sender crashed is taken
/// again once its claim's lease has run out. Every send happens under a claim taken by a conditional update,
/// so two replicas never send the same row at once.
/// </remarks>
internal sealed class NotificationSender<TContext>(
    IServiceScopeFactory scopeFactory,
    SmsGatewayClient smsGateway,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    NotificationTelemetry telemetry,
    ILogger<NotificationSender<TContext>> logger) : INotificationSender
    where TContext : DbContext
{

    /// <summary>When only messages still in flight fill a recipient's hour, look again this much later.</summary>
    private static readonly TimeSpan InFlightRecheck = TimeSpan.FromMinutes(1);

    private static readonly string Replica = $"{(Environment.MachineName.Length > 40 ? Environment.MachineName[..40] : Environment.MachineName)}:{Environment.ProcessId}";

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

    /// <summary>
    /// Sends what is due in the queue (throttled rows whose window opened, failed rows whose back-off ran out,
    /// rows a crashed sender left behind): oldest due first, at most the hourly limit per recipient, so one
    /// busy recipient never fills a batch. Returns how many rows were taken.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        List<NotificationMessage> due;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var now = time.GetUtcNow();
            var candidates = await db.Set<NotificationMessage>().AsNoTracking()
                .Where(m => m.Status != NotificationStatus.Delivered && m.NextAttemptAt <= now
                    && (m.ClaimedUntil == null || m.ClaimedUntil < now) && m.Attempts < settings.MaxAttempts)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Take(settings.BatchSize * 4)
                .ToListAsync(cancellationToken);
            due = [.. candidates.GroupBy(m => m.Recipient)
                .SelectMany(recipient => recipient.Take(Math.Max(1, settings.MaxPerRecipientPerHour)))
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Take(settings.BatchSize)];
        }

        foreach (var message in due)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var admission = await AdmitAsync(db, message, onlyIfDue: true, cancellationToken);
            if (admission.Claim is { } claim)
            {
                var outcome = await DeliverAsync(db, message, claim, cancellationToken);
                telemetry.Record(message.Category, outcome);
                NotificationLog.Dispatched(logger, message.Key, message.Category, outcome);
            }
        }
        return due.Count;
    }

    private async Task<NotificationOutcome> SendOnceAsync(Notification notification, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();

        if (await db.Set<NotificationOptOut>().AnyAsync(o => o.Recipient == notification.Recipient &&
                (o.Category == notification.Category || o.Category == NotificationOptOut.AllCategories), cancellationToken))
        {
            return NotificationOutcome.OptedOut;
        }

        var message = await db.Set<NotificationMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.Key == notification.Key, cancellationToken);
        if (message is { Status: NotificationStatus.Delivered })
        {
            return NotificationOutcome.Duplicate;
        }

        if (message is null)
        {
            var mobile = MobileNumber.TryParse(notification.Recipient, out _) && smsGateway.IsConfigured;
            message = NotificationMessage.Create(notification, mobile ? "sms" : "local", time.GetUtcNow());
        }

        // A caller sending a failed key again retries it now; only the hourly limit can still hold it back.
        var admission = await AdmitAsync(db, message, onlyIfDue: false, cancellationToken);
        return admission.Claim is { } claim
            ? await DeliverAsync(db, message, claim, cancellationToken)
            : admission.Outcome;
    }

    /// <summary>
    /// Under the recipient's lock (so two replicas count the same hour): a throttled row is kept for when the
    /// window opens, with the recipient's other waiting rows; otherwise the row is claimed for one send, unless
    /// it is delivered or another sender holds an unexpired claim on it. A new row is inserted here.
    /// </summary>
    private async Task<Admission> AdmitAsync(TContext db, NotificationMessage message, bool onlyIfDue, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({StableHash.Of($"notification-recipient:{message.Recipient}")})", ct);

            var now = time.GetUtcNow();
            var since = now.AddHours(-1);
            var recent = await db.Set<NotificationMessage>()
                .Where(m => m.Recipient == message.Recipient && m.Id != message.Id && (m.DeliveredAt > since || m.ClaimedUntil >= now))
                .Select(m => m.DeliveredAt)
                .ToListAsync(ct);
            if (recent.Count >= settings.MaxPerRecipientPerHour)
            {
                var delivered = recent.OfType<DateTimeOffset>().Order().ToList();
                var opens = delivered.Count >= settings.MaxPerRecipientPerHour
                    ? delivered[delivered.Count - settings.MaxPerRecipientPerHour].AddHours(1)
                    : now + InFlightRecheck;
                if (message.Id == 0)
                {
                    message.Defer(opens);
                    if (!await TryInsertAsync(db, message, ct))
                    {
                        return Admission.Duplicate;
                    }
                }
                await db.Set<NotificationMessage>()
                    .Where(m => m.Recipient == message.Recipient && m.Status != NotificationStatus.Delivered && m.NextAttemptAt < opens
                        && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, opens), ct);
                await transaction.CommitAsync(ct);
                return Admission.Throttled;
            }

            var claim = new Claim($"{Replica}:{Guid.NewGuid():N}", now + settings.ClaimTimeout);
            if (message.Id == 0)
            {
                message.Claim(claim.By, claim.Until);
                if (!await TryInsertAsync(db, message, ct))
                {
                    return Admission.Duplicate;
                }
            }
            else
            {
                var claimed = await db.Set<NotificationMessage>()
                    .Where(m => m.Id == message.Id && m.Status != NotificationStatus.Delivered
                        && (m.ClaimedUntil == null || m.ClaimedUntil < now) && (!onlyIfDue || m.NextAttemptAt <= now))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, claim.By).SetProperty(m => m.ClaimedUntil, claim.Until), ct);
                if (claimed == 0)
                {
                    // Delivered meanwhile, or another replica is sending it right now.
                    return Admission.Duplicate;
                }
            }
            await transaction.CommitAsync(ct);
            return new Admission(NotificationOutcome.Sent, claim);
        }, cancellationToken);
    }

    private static async Task<bool> TryInsertAsync(TContext db, NotificationMessage message, CancellationToken cancellationToken)
    {
        db.Add(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another replica inserted this key between our look-up and our insert: it sends, we don't.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Sends a claimed row and records the result, only while the claim is still ours.</summary>
    private async Task<NotificationOutcome> DeliverAsync(TContext db, NotificationMessage message, Claim claim, CancellationToken cancellationToken)
    {
        var rows = db.Set<NotificationMessage>().Where(m => m.Id == message.Id && m.ClaimedBy == claim.By);
        try
        {
            if (message.Channel == "sms")
            {
                await smsGateway.SubmitAsync(message.Recipient, message.Text, message.Key, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            NotificationLog.DeliveryFailed(logger, message.Key, exception);
            var failedAt = time.GetUtcNow();
            var retryAt = failedAt + RetryDelay(message.Attempts + 1);
            var error = exception.Message.Length > 500 ? exception.Message[..500] : exception.Message;
            await rows.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, NotificationStatus.Failed)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.Error, error)
                .SetProperty(m => m.NextAttemptAt, retryAt)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            return NotificationOutcome.Failed;
        }

        var deliveredAt = time.GetUtcNow();
        await rows.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, NotificationStatus.Delivered)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.DeliveredAt, deliveredAt)
            .SetProperty(m => m.Error, (string?)null)
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
        return NotificationOutcome.Sent;
    }

    /// <summary>Doubles from <see cref="NotificationOptions.RetryDelay"/> per attempt, up to an hour.</summary>
    private TimeSpan RetryDelay(int attempts)
    {
        var delay = options.Value.RetryDelay * Math.Pow(2, Math.Min(attempts - 1, 16));
        return delay < TimeSpan.FromHours(1) ? delay : TimeSpan.FromHours(1);
    }

    private sealed record Claim(string By, DateTimeOffset Until);

    private sealed record Admission(NotificationOutcome Outcome, Claim? Claim)
    {
        public static readonly Admission Duplicate = new(NotificationOutcome.Duplicate, null);

        public static readonly Admission Throttled = new(NotificationOutcome.Throttled, null);
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

    [LoggerMessage(EventId = 7103, Level = LogLevel.Information, Message = "Queued notification {Key} ({Category}): {Outcome}")]
    public static partial void Dispatched(ILogger logger, string key, string category, NotificationOutcome outcome);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning, Message = "Sending queued notifications failed; the next round tries again")]
    public static partial void DispatchFailed(ILogger logger, Exception exception);
}
