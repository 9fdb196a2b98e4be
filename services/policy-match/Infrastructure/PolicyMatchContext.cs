using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Model;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Guidance;
using Qingmeng.PolicyMatch.Model.Ledger;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.PolicyMatch.Infrastructure;

public sealed class PolicyMatchContext(DbContextOptions<PolicyMatchContext> options) : DbContext(options)
{
    public const string Schema = "policy";

    public DbSet<DemandSignal> DemandSignals => Set<DemandSignal>();

    public DbSet<Policy> Policies => Set<Policy>();

    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();

    public DbSet<FirmProfile> Profiles => Set<FirmProfile>();

    public DbSet<ProfileFactChange> ProfileFactChanges => Set<ProfileFactChange>();

    public DbSet<PenaltyStanding> PenaltyStandings => Set<PenaltyStanding>();

    public DbSet<MatchRecord> MatchRecords => Set<MatchRecord>();

    public DbSet<SubsidyClaim> Claims => Set<SubsidyClaim>();

    public DbSet<BudgetLedger> BudgetLedgers => Set<BudgetLedger>();

    public DbSet<Disbursement> Disbursements => Set<Disbursement>();

    public DbSet<ApplicationGuidance> Guidance => Set<ApplicationGuidance>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PolicyMatchContext).Assembly);
        modelBuilder.AddIntegrationEventTables();
        modelBuilder.AddAuditTable();
        modelBuilder.AddHolidayScheduleTable();
        modelBuilder.AddNotificationTables();
    }
}
