using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Benchmarks.Messaging.Reliable;

/// <summary>A service's own context as the platform expects it: its tables plus the outbox and inbox.</summary>
public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    public DbSet<CaseEffect> Effects => Set<CaseEffect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CaseEffect>(effect =>
        {
            effect.ToTable("case_effects");
            effect.HasKey(e => e.EventId);
            effect.Property(e => e.EventId).HasColumnName("event_id");
            effect.Property(e => e.CaseKey).HasColumnName("case_key").HasMaxLength(200);
            effect.Property(e => e.Status).HasColumnName("status").HasMaxLength(40);
            effect.Property(e => e.Amount).HasColumnName("amount").HasPrecision(18, 2);
            effect.Property(e => e.AppliedAt).HasColumnName("applied_at");
        });
        modelBuilder.AddIntegrationEventTables();
    }
}
