using Microsoft.Extensions.Logging;

namespace Qingmeng.ServiceDefaults.Messaging;

internal static partial class MessagingLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox event {EventId} ({EventType}) failed on attempt {Attempt}; next attempt at {NextAttemptAt}")]
    public static partial void PublishFailed(ILogger logger, Guid eventId, string eventType, int attempt, DateTimeOffset nextAttemptAt, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox event {EventId} ({EventType}) failed {Strikes} times on its own account and is dead-lettered; its aggregate's later events wait until an operator retries or discards it")]
    public static partial void DeadLettered(ILogger logger, Guid eventId, string eventType, int strikes, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator {Action} dead-lettered outbox event {EventId} ({EventType})")]
    public static partial void DeadLetterHandled(ILogger logger, string action, Guid eventId, string eventType);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox dispatcher round failed; retrying after the poll interval")]
    public static partial void DispatchRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published {Count} outbox events")]
    public static partial void Published(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventId} was already processed by {Consumer}; skipping the redelivery")]
    public static partial void DuplicateSkipped(ILogger logger, Guid eventId, string consumer);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {EventId} met a concurrent writer in {Consumer} (attempt {Attempt}: {Conflict}); handling it again")]
    public static partial void ConflictRetried(ILogger logger, Guid eventId, string consumer, int attempt, string conflict);

    [LoggerMessage(Level = LogLevel.Information, Message = "A shared inbox transaction of {Consumer} with {Count} events failed; processing each event alone")]
    public static partial void SharedCommitFellBack(ILogger logger, string consumer, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {OutboxRows} sent outbox rows and {InboxRows} inbox rows older than {Retention}")]
    public static partial void Cleaned(ILogger logger, int outboxRows, int inboxRows, TimeSpan retention);

    [LoggerMessage(Level = LogLevel.Information, Message = "Operator replayed {Count} message(s) from {ErrorQueue} to {Queue}")]
    public static partial void Replayed(ILogger logger, int count, string errorQueue, string queue);
}
