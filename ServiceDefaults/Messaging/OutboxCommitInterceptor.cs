using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>
/// Signals the dispatcher once staged outbox rows are durable: after SaveChanges, or after the surrounding
/// transaction commits. Contexts are marked when an event is staged, so no change-tracker scan is needed.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Staged = [];

    /// <summary>Called when an event is staged on <paramref name="context"/>.</summary>
    public static void MarkStaged(DbContext context) => Staged.AddOrUpdate(context, context);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfCommitted(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && Staged.Remove(context))
        {
            signal.Notify();
        }
    }

    private void NotifyIfCommitted(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null && Staged.Remove(context))
        {
            signal.Notify();
        }
    }
}
