using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Talent.Infrastructure;

/// <summary>The service's own database: its domain tables plus its outbox and inbox.</summary>
public sealed class TalentContext(DbContextOptions<TalentContext> options) : DbContext(options)
{
    public const string Schema = "talent";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TalentContext).Assembly);
        modelBuilder.AddIntegrationEventTables();
        modelBuilder.AddAuditTable();
    }
}
