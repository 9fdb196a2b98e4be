using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Approval.Infrastructure;

/// <summary>The service's own database: its domain tables plus its outbox and inbox.</summary>
public sealed class ApprovalContext(DbContextOptions<ApprovalContext> options) : DbContext(options)
{
    public const string Schema = "approval";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApprovalContext).Assembly);
        modelBuilder.AddIntegrationEventTables();
        modelBuilder.AddAuditTable();
    }
}
