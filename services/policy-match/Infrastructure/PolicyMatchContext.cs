using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Infrastructure;

public sealed class PolicyMatchContext(DbContextOptions<PolicyMatchContext> options) : DbContext(options)
{
    public const string Schema = "policy";

    public DbSet<DemandSignal> DemandSignals => Set<DemandSignal>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PolicyMatchContext).Assembly);
        modelBuilder.AddIntegrationEventTables();
        modelBuilder.AddAuditTable();
    }
}
