using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qingmeng.Contracts;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>
/// Base of every consumer: records the event id in the inbox and applies the effect in one transaction,
/// so a redelivered, replayed or concurrently duplicated event has exactly one effect.
/// Events the handler raises go through the same context's outbox and commit with it.
/// </summary>
public abstract class InboxConsumer<TEvent, TContext>(IServiceProvider services) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
    where TContext : DbContext
{
    protected TContext Db { get; } = services.GetRequiredService<TContext>();

    /// <summary>The inbox key part that lets several consumers in one service each handle an event once.</summary>
    protected virtual string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var telemetry = services.GetRequiredService<MessagingTelemetry>();
        var logger = services.GetRequiredService<ILogger<InboxConsumer<TEvent, TContext>>>();
        var tables = IntegrationEventTables.For(Db);
        var eventId = context.Message.EventId;
        var strategy = Db.Database.CreateExecutionStrategy();

        var firstTime = await strategy.ExecuteAsync(async ct =>
        {
            Db.ChangeTracker.Clear();
            await using var transaction = await Db.Database.BeginTransactionAsync(ct);
            // A concurrent duplicate blocks here on the key until the first commits, then inserts nothing.
            var inserted = await Db.Database.ExecuteSqlRawAsync(
                tables.InboxInsertSql, [eventId, ConsumerName], ct);
            if (inserted == 0)
            {
                await transaction.CommitAsync(ct);
                return false;
            }

            await HandleAsync(context.Message, ct);
            await Db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }, context.CancellationToken);

        if (firstTime)
        {
            telemetry.Processed.Add(1, new KeyValuePair<string, object?>("consumer", ConsumerName));
        }
        else
        {
            telemetry.Duplicates.Add(1, new KeyValuePair<string, object?>("consumer", ConsumerName));
            MessagingLog.DuplicateSkipped(logger, eventId, ConsumerName);
        }
    }

    /// <summary>Applies the event's effect to <see cref="Db"/>; the base class saves and commits.</summary>
    protected abstract Task HandleAsync(TEvent message, CancellationToken cancellationToken);
}
