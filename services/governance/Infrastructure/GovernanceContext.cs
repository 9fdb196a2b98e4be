using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.Governance.Model.Cases;
using Qingmeng.Governance.Model.EconomicIndicators;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Infrastructure;

public sealed class GovernanceContext(DbContextOptions<GovernanceContext> options) : DbContext(options)
{
    public const string Schema = "governance";
    public const string CaseNumberSequence = "case_number_seq";
    public const string LabourDisputeNumberSequence = "labour_dispute_number_seq";

    /// <summary>Unique (filer, Idempotency-Key) of cases: a concurrent retry of a filing fails on it and is answered with the first case.</summary>
    public const string CaseIdempotencyIndex = "ix_cases_filed_by_idempotency_key";

    /// <summary>At most one pending credit-repair application per penalty.</summary>
    public const string PendingCreditRepairIndex = "ix_credit_repair_applications_pending_penalty";

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CaseDispatch> CaseDispatches => Set<CaseDispatch>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<CaseReminder> CaseReminders => Set<CaseReminder>();

    public DbSet<LabourDispute> LabourDisputes => Set<LabourDispute>();

    public DbSet<LabourDisputeReminder> LabourDisputeReminders => Set<LabourDisputeReminder>();

    public DbSet<LabourEarlyWarning> LabourEarlyWarnings => Set<LabourEarlyWarning>();

    public DbSet<Penalty> Penalties => Set<Penalty>();

    public DbSet<LenientDecision> LenientDecisions => Set<LenientDecision>();

    public DbSet<Guidance> Guidances => Set<Guidance>();

    public DbSet<CadreAssignment> CadreAssignments => Set<CadreAssignment>();

    public DbSet<FirmVisit> FirmVisits => Set<FirmVisit>();

    public DbSet<FirmMeeting> FirmMeetings => Set<FirmMeeting>();

    public DbSet<EngagementIssue> EngagementIssues => Set<EngagementIssue>();

    public DbSet<Hazard> Hazards => Set<Hazard>();

    public DbSet<CreditRepairApplication> CreditRepairApplications => Set<CreditRepairApplication>();

    public DbSet<EconomicReport> EconomicReports => Set<EconomicReport>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<RegisteredFirm> Firms => Set<RegisteredFirm>();

    public DbSet<GovernanceModule> Modules => Set<GovernanceModule>();

    public DbSet<ServiceType> ServiceTypes => Set<ServiceType>();

    public DbSet<ScorecardFact> ScorecardFacts => Set<ScorecardFact>();

    public DbSet<ScorecardSubject> ScorecardSubjects => Set<ScorecardSubject>();

    public DbSet<ScorecardAggregate> ScorecardAggregates => Set<ScorecardAggregate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.HasSequence<long>(CaseNumberSequence);
        modelBuilder.HasSequence<long>(LabourDisputeNumberSequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GovernanceContext).Assembly);
        modelBuilder.AddIntegrationEventTables();
        modelBuilder.AddAuditTable();
        modelBuilder.AddNotificationTables();
        modelBuilder.AddHolidayScheduleTable();
    }

    /// <summary>The next case number of the day in China Standard Time, e.g. GD20260315000042.</summary>
    public async Task<string> NextCaseNumberAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = await Database
            .SqlQuery<long>($"SELECT nextval('governance.case_number_seq') AS \"Value\"")
            .SingleAsync(cancellationToken);
        var chinaDate = ChinaTime.ToChinaTime(now);
        return $"GD{chinaDate:yyyyMMdd}{next % 1_000_000:D6}";
    }

    /// <summary>The next labour-dispute number of the day in China Standard Time, e.g. LD20261128000042.</summary>
    public async Task<string> NextLabourDisputeNumberAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = await Database
            .SqlQuery<long>($"SELECT nextval('governance.labour_dispute_number_seq') AS \"Value\"")
            .SingleAsync(cancellationToken);
        var chinaDate = ChinaTime.ToChinaTime(now);
        return $"LD{chinaDate:yyyyMMdd}{next % 1_000_000:D6}";
    }
}
