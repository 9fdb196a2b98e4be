using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Qingmeng.Contracts;

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
    private const string UniqueViolation = "23505";

    protected TContext Db { get; } = services.GetRequiredService<TContext>();

    /// <summary>The inbox key part that lets several consumers in one service each handle an event once.</summary>
    protected virtual string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var telemetry = services.GetRequiredService<MessagingTelemetry>();
        var eventId = context.Message.EventId;
        Db.ChangeTracker.Clear();
        Db.Set<InboxMessage>().Add(InboxMessage.For(eventId, ConsumerName, DateTimeOffset.UtcNow));
        await HandleAsync(context.Message, context.CancellationToken);
        try
        {
            await Db.SaveChangesAsync(context.CancellationToken);
            telemetry.Processed.Add(1, new KeyValuePair<string, object?>("consumer", ConsumerName));
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: UniqueViolation })
        {
            // Whichever unique key the duplicate tripped over first, the inbox row tells whether this event was handled.
            Db.ChangeTracker.Clear();
            var handled = await Db.Set<InboxMessage>().AnyAsync(
                m => m.EventId == eventId && m.Consumer == ConsumerName, context.CancellationToken);
            if (!handled)
            {
                throw;
            }
            telemetry.Duplicates.Add(1, new KeyValuePair<string, object?>("consumer", ConsumerName));
            MessagingLog.DuplicateSkipped(services.GetRequiredService<ILogger<InboxConsumer<TEvent, TContext>>>(), eventId, ConsumerName);
        }
    }

    /// <summary>Applies the event's effect to <see cref="Db"/>; the base class saves it with the inbox row.</summary>
    protected abstract Task HandleAsync(TEvent message, CancellationToken cancellationToken);
}
