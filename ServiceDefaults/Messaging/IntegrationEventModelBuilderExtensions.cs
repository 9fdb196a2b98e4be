using Microsoft.EntityFrameworkCore;

namespace Qingmeng.ServiceDefaults.Messaging;

public static class IntegrationEventModelBuilderExtensions
{
    /// <summary>Adds the outbox and inbox tables to a service's own model (and so its own migrations).</summary>
    public static ModelBuilder AddIntegrationEventTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
            outbox.Property(m => m.EventId).HasColumnName("event_id");
            outbox.HasIndex(m => m.EventId).IsUnique();
            outbox.Property(m => m.EventType).HasColumnName("event_type").HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
            outbox.Property(m => m.AggregateKey).HasColumnName("aggregate_key").HasMaxLength(200);
            outbox.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            outbox.Property(m => m.CreatedAt).HasColumnName("created_at");
            outbox.Property(m => m.SentAt).HasColumnName("sent_at");
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            outbox.Property(m => m.Strikes).HasColumnName("strikes");
            outbox.Property(m => m.DeadLetteredAt).HasColumnName("dead_lettered_at");
            outbox.Property(m => m.DiscardedAt).HasColumnName("discarded_at");
            outbox.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
            outbox.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(2000);
            outbox.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(128);
            outbox.Property(m => m.TraceState).HasColumnName("trace_state").HasMaxLength(512);
            // The dispatcher only ever scans unsent rows.
            outbox.HasIndex(m => m.Sequence).HasDatabaseName("ix_outbox_messages_pending").HasFilter("sent_at IS NULL");
            outbox.HasIndex(m => new { m.AggregateKey, m.Sequence })
                .HasDatabaseName("ix_outbox_messages_pending_aggregate").HasFilter("sent_at IS NULL");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.EventId, m.Consumer });
            inbox.Property(m => m.EventId).HasColumnName("event_id");
            inbox.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
            inbox.Property(m => m.ProcessedAt).HasColumnName("processed_at");
            inbox.HasIndex(m => m.ProcessedAt);
        });

        return modelBuilder;
    }
}
