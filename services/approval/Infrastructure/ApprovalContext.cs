using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Approval.Infrastructure;

/// <summary>The service's own database: its domain tables plus its outbox and inbox.</summary>
public sealed class ApprovalContext(DbContextOptions<ApprovalContext> options) : DbContext(options)
{
    public const string Schema = "approval";

    /// <summary>The replica of the zone's firm register (owned by governance).</summary>
    public DbSet<RegisteredFirm> Firms => Set<RegisteredFirm>();

    public DbSet<CatalogueVersion> CatalogueVersions => Set<CatalogueVersion>();

    public DbSet<Agent> Agents => Set<Agent>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ApprovalTask> Tasks => Set<ApprovalTask>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<Handover> Handovers => Set<Handover>();

    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    public DbSet<LandSite> LandSites => Set<LandSite>();

    public DbSet<InvestmentAgreement> InvestmentAgreements => Set<InvestmentAgreement>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApprovalContext).Assembly);
        modelBuilder.AddIntegrationEventTables();
        modelBuilder.AddAuditTable();
        modelBuilder.AddHolidayScheduleTable();
    }
}
