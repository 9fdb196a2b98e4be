using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>Quoted names of a context's outbox and inbox tables, for the few statements EF cannot express.</summary>
internal sealed record IntegrationEventTables(string Outbox, string Inbox, long DispatchLockKey)
{
    /// <summary>Records an event id for a consumer unless it is already there; parameters {0} event id, {1} consumer.</summary>
    public string InboxInsertSql { get; } =
        "INSERT INTO " + Inbox + " (event_id, consumer, processed_at) VALUES ({0}, {1}, now()) ON CONFLICT DO NOTHING";

    private static readonly ConcurrentDictionary<Type, IntegrationEventTables> Cache = new();

    public static IntegrationEventTables For(DbContext context) => Cache.GetOrAdd(context.GetType(), _ => Build(context));

    private static IntegrationEventTables Build(DbContext context)
    {
        var outbox = QualifiedName(context.Model.FindEntityType(typeof(OutboxMessage)));
        var inbox = QualifiedName(context.Model.FindEntityType(typeof(InboxMessage)));
        return new IntegrationEventTables(outbox, inbox, StableHash.Of(outbox));
    }

    private static string QualifiedName(IEntityType? entity)
    {
        if (entity?.GetTableName() is not { } table)
        {
            throw new InvalidOperationException("Call modelBuilder.AddIntegrationEventTables() in OnModelCreating.");
        }
        return entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"";
    }
}
