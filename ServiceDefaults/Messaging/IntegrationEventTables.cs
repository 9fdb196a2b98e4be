using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>The quoted outbox table name, for the dispatcher's one statement EF cannot express, and its advisory-lock key.</summary>
internal sealed record IntegrationEventTables(string Outbox, long DispatchLockKey)
{
    private static readonly ConcurrentDictionary<Type, IntegrationEventTables> Cache = new();

    public static IntegrationEventTables For(DbContext context) => Cache.GetOrAdd(context.GetType(), _ => Build(context));

    private static IntegrationEventTables Build(DbContext context)
    {
        var outbox = QualifiedName(context.Model.FindEntityType(typeof(OutboxMessage)));
        return new IntegrationEventTables(outbox, StableHash.Of(outbox));
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
