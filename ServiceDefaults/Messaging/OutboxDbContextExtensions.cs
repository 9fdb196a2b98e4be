using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;

namespace Qingmeng.ServiceDefaults.Messaging;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Stages an integration event in the outbox. It is written by the next <c>SaveChanges</c>,
    /// in the same transaction as the state change, and published once that commits.
    /// </summary>
    /// <param name="aggregateKey">Events with the same key are published in the order they were added.</param>
    public static void AddIntegrationEvent(this DbContext context, IntegrationEvent integrationEvent, string? aggregateKey = null)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        var activity = Activity.Current;
        context.Set<OutboxMessage>().Add(OutboxMessage.Create(
            integrationEvent.EventId,
            IntegrationEventTypes.NameOf(type),
            JsonSerializer.Serialize(integrationEvent, type, PlatformJson.Options),
            aggregateKey,
            integrationEvent.OccurredAt,
            DateTimeOffset.UtcNow,
            activity?.Id,
            activity?.TraceStateString));
        OutboxCommitInterceptor.MarkStaged(context);
    }
}
