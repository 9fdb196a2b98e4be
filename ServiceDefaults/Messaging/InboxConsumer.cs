using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>
/// Base of every consumer: the inbox row and the handler's effect are saved by one <c>SaveChanges</c>
/// (one transaction, one round trip), so a redelivered, replayed or concurrently duplicated event has
/// exactly one effect: the duplicate's insert waits on the first's keys, then fails, finds the inbox row and is skipped.
/// Events the handler raises go through the same context's outbox and commit with it.
/// Handlers change only the database; anything external is triggered by an event through the outbox.
/// </summary>
public abstract class InboxConsumer<TEvent, TContext>(IServiceProvider services) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
    where TContext : DbContext
{
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";
    // Each conflict means another writer committed meanwhile, so a handler keeps losing only while others keep winning:
    // enough attempts that a burst from several replicas is absorbed, few enough that a handler bug still surfaces.
    private const int ConflictAttempts = 10;
    private TContext? _ownContext;

    /// <summary>The context of this delivery's own transaction; a shared transaction brings its own (see <see cref="SharesTransactions"/>).</summary>
    private TContext OwnContext => _ownContext ??= services.GetRequiredService<TContext>();

    /// <summary>The inbox key part that lets several consumers in one service each handle an event once.</summary>
    protected virtual string ConsumerName => GetType().Name;

    /// <summary>
    /// True for a handler whose effect depends on its own event only (say, one row keyed by the event): deliveries that
    /// arrive together are then committed in one shared transaction, with a fallback to one transaction each if the
    /// shared one fails. Leave it false when the handler reads rows other events change: in a shared transaction it
    /// would not see the other handlers' unsaved rows. Such a handler writes only through the context it is given:
    /// a context its other services hold is this delivery's own, not the one the group saves.
    /// </summary>
    protected virtual bool SharesTransactions => false;

    /// <summary>
    /// What the event is about, as far as this handler's rows go: deliveries with the same key are handled one at a
    /// time in this service (see <see cref="PartitionLocks"/>). By default the key the event declares
    /// (<see cref="PartitionKeyAttribute"/>, usually the firm); a handler whose rows are keyed otherwise says so.
    /// Null handles the delivery without waiting for any other.
    /// </summary>
    protected virtual string? PartitionKey(TEvent message) => PartitionKeys.Of(message);

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        if (SharesTransactions)
        {
            await services.GetRequiredService<InboxCommitGroups<TContext>>()
                .ProcessAsync(new GroupedDelivery(this, context.Message), context.CancellationToken);
            return;
        }
        if (PartitionKey(context.Message) is not { } key)
        {
            await ProcessAloneAsync(context.Message, context.CancellationToken);
            return;
        }
        using (await services.GetRequiredService<PartitionLocks>().AcquireAsync(key, context.CancellationToken))
        {
            await ProcessAloneAsync(context.Message, context.CancellationToken);
        }
    }

    /// <summary>Applies the event's effect to <paramref name="db"/>; the base class saves it with the inbox row.</summary>
    protected abstract Task HandleAsync(TEvent message, TContext db, CancellationToken cancellationToken);

    /// <summary>
    /// A conflict with a concurrent writer (a row version changed, a key inserted first, a serialization failure) is
    /// resolved by handling the event again on fresh data. That is expected, not a fault: it is retried here, logged
    /// below Warning and counted (<c>qingmeng.inbox.retried_conflicts</c>), so the bus's retry filter never sees it.
    /// Only a conflict that outlasts these attempts goes to the bus's retries and is logged as a fault.
    /// </summary>
    private async Task ProcessAloneAsync(TEvent message, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ProcessOnceAsync(message, cancellationToken);
                return;
            }
            catch (DbUpdateException exception) when (attempt < ConflictAttempts && IsConflict(exception))
            {
                services.GetRequiredService<MessagingTelemetry>().RetriedConflicts.Add(1, new KeyValuePair<string, object?>("consumer", ConsumerName));
                MessagingLog.ConflictRetried(services.GetRequiredService<ILogger<InboxConsumer<TEvent, TContext>>>(),
                    message.EventId, ConsumerName, attempt, exception.InnerException?.Message ?? exception.Message);
                // Spread the next attempts of writers that collided, so they do not collide again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt), cancellationToken);
            }
        }
    }

    private static bool IsConflict(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException ||
        exception.InnerException is PostgresException { SqlState: UniqueViolation.SqlState or SerializationFailure or DeadlockDetected };

    private async Task ProcessOnceAsync(TEvent message, CancellationToken cancellationToken)
    {
        var telemetry = services.GetRequiredService<MessagingTelemetry>();
        var eventId = message.EventId;
        var db = OwnContext;
        db.ChangeTracker.Clear();
        db.Set<InboxMessage>().Add(InboxMessage.For(eventId, ConsumerName, DateTimeOffset.UtcNow));
        await HandleAsync(message, db, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            telemetry.Processed.Add(1, new KeyValuePair<string, object?>("consumer", ConsumerName));
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Whichever unique key the duplicate tripped over first, the inbox row tells whether this event was handled.
            db.ChangeTracker.Clear();
            var handled = await db.Set<InboxMessage>().AnyAsync(
                m => m.EventId == eventId && m.Consumer == ConsumerName, cancellationToken);
            if (!handled)
            {
                throw;
            }
            telemetry.Duplicates.Add(1, new KeyValuePair<string, object?>("consumer", ConsumerName));
            MessagingLog.DuplicateSkipped(services.GetRequiredService<ILogger<InboxConsumer<TEvent, TContext>>>(), eventId, ConsumerName);
        }
    }

    /// <summary>This consumer's delivery as it waits for a group: the consumer instance MassTransit resolved does the work.</summary>
    private sealed class GroupedDelivery(InboxConsumer<TEvent, TContext> consumer, TEvent message) : IGroupedDelivery<TContext>
    {
        public Type ConsumerType => consumer.GetType();

        public string ConsumerName => consumer.ConsumerName;

        public Task StageAsync(TContext db, CancellationToken cancellationToken)
        {
            db.Set<InboxMessage>().Add(InboxMessage.For(message.EventId, consumer.ConsumerName, DateTimeOffset.UtcNow));
            return consumer.HandleAsync(message, db, cancellationToken);
        }

        public Task ProcessAloneAsync(CancellationToken cancellationToken) => consumer.ProcessAloneAsync(message, cancellationToken);
    }
}

/// <summary>
/// One delivery of a consumer that shares transactions, handed to <see cref="InboxCommitGroups{TContext}"/> by the
/// consumer instance MassTransit resolved for it, so the group never needs a consumer of its own.
/// </summary>
internal interface IGroupedDelivery<TContext>
    where TContext : DbContext
{
    /// <summary>Deliveries of one consumer type are grouped together.</summary>
    Type ConsumerType { get; }

    string ConsumerName { get; }

    /// <summary>Adds the inbox row and the handler's effect to the group's shared context, without saving.</summary>
    Task StageAsync(TContext db, CancellationToken cancellationToken);

    /// <summary>The one-delivery path on the consumer's own context: its own transaction, duplicates recognised and skipped.</summary>
    Task ProcessAloneAsync(CancellationToken cancellationToken);
}
