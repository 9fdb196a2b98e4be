using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Model;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Infrastructure;

public sealed class PolicyMatchContext(DbContextOptions<PolicyMatchContext> options) : DbContext(options)
{
    public const string Schema = "policy";

    public DbSet<DemandSignal> DemandSignals => Set<DemandSignal>();

    public DbSet<Policy> Policies => Set<Policy>();

    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PolicyMatchContext).Assembly);
        modelBuilder.AddIntegrationEventTables();
        modelBuilder.AddAuditTable();
    }
}
