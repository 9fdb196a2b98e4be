using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.ServiceDefaults.Messaging.DeadLetters;

/// <summary>A dead-lettered outbox row as an operator sees it, with the later events of its aggregate that wait behind it.</summary>
public sealed record DeadLetteredEvent(
    Guid EventId,
    string EventType,
    string? AggregateKey,
    int Attempts,
    int Strikes,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset DeadLetteredAt,
    int HeldBack);

/// <summary>What the operator endpoints need of the service's outbox, whatever its context type.</summary>
public interface IOutboxDeadLetters
{
    Task<IReadOnlyList<DeadLetteredEvent>> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Puts the row back in line (attempts and strikes cleared); false when no dead-lettered row has that id.</summary>
    Task<bool> RetryAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>Gives up on the row for good, so its aggregate's later events go out; false when no dead-lettered row has that id.</summary>
    Task<bool> DiscardAsync(Guid eventId, CancellationToken cancellationToken);
}

internal sealed class OutboxDeadLetters<TContext>(
    TContext db, OutboxSignal signal, ILogger<OutboxDeadLetters<TContext>> logger) : IOutboxDeadLetters
    where TContext : DbContext
{
    /// <summary>The operator key is shared, so the audit trail records the operator role, not a person.</summary>
    private static readonly PlatformUser Operator = new("operator", "运维人员", new HashSet<string>(StringComparer.Ordinal) { "operator" }, null, false, null, null, null);

    // Rows are stamped with the wall clock (see the dispatcher), so operator changes are too.
    private static readonly TimeProvider Time = TimeProvider.System;

    public async Task<IReadOnlyList<DeadLetteredEvent>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        var outbox = db.Set<OutboxMessage>();
        return await outbox.AsNoTracking()
            .Where(m => m.DeadLetteredAt != null && m.SentAt == null && m.DiscardedAt == null)
            .OrderBy(m => m.Sequence)
            .Take(limit)
            .Select(m => new DeadLetteredEvent(
                m.EventId, m.EventType, m.AggregateKey, m.Attempts, m.Strikes, m.LastError, m.CreatedAt, m.DeadLetteredAt!.Value,
                m.AggregateKey == null ? 0 : outbox.Count(later => later.AggregateKey == m.AggregateKey && later.Sequence > m.Sequence
                    && later.SentAt == null && later.DiscardedAt == null)))
            .ToListAsync(cancellationToken);
    }

    public Task<bool> RetryAsync(Guid eventId, CancellationToken cancellationToken) =>
        ChangeAsync(eventId, "outbox.retried", (row, now) => row.RetryByOperator(now), cancellationToken);

    public Task<bool> DiscardAsync(Guid eventId, CancellationToken cancellationToken) =>
        ChangeAsync(eventId, "outbox.discarded", (row, now) => row.Discard(now), cancellationToken);

    private async Task<bool> ChangeAsync(Guid eventId, string action, Action<OutboxMessage, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var row = await db.Set<OutboxMessage>().FirstOrDefaultAsync(
            m => m.EventId == eventId && m.DeadLetteredAt != null && m.SentAt == null && m.DiscardedAt == null, cancellationToken);
        if (row is null)
        {
            return false;
        }
        var now = Time.GetUtcNow();
        change(row, now);
        db.AddAudit(Operator, action, "outbox-event", eventId.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        MessagingLog.DeadLetterHandled(logger, action, eventId, row.EventType);
        signal.Notify();
        return true;
    }
}
