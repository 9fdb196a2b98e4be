using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure;

/// <summary>The service's own database: its domain tables plus its outbox and inbox.</summary>
public sealed class TalentContext(DbContextOptions<TalentContext> options) : DbContext(options)
{
    public const string Schema = "talent";

    /// <summary>The replica of the zone's firm register (owned by governance).</summary>
    public DbSet<RegisteredFirm> Firms => Set<RegisteredFirm>();

    public DbSet<JobPosting> JobPostings => Set<JobPosting>();

    public DbSet<JobApplication> JobApplications => Set<JobApplication>();

    public DbSet<Hire> Hires => Set<Hire>();

    public DbSet<Ambassador> Ambassadors => Set<Ambassador>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<AmbassadorAward> AmbassadorAwards => Set<AmbassadorAward>();

    public DbSet<TalentCertification> Certifications => Set<TalentCertification>();

    public DbSet<ServicePoint> ServicePoints => Set<ServicePoint>();

    public DbSet<ApartmentUnit> ApartmentUnits => Set<ApartmentUnit>();

    public DbSet<HousingApplication> HousingApplications => Set<HousingApplication>();

    public DbSet<Lease> Leases => Set<Lease>();

    public DbSet<JobFair> JobFairs => Set<JobFair>();

    public DbSet<JobFairRegistration> JobFairRegistrations => Set<JobFairRegistration>();

    public DbSet<CompetitionEntry> CompetitionEntries => Set<CompetitionEntry>();

    public DbSet<WelfareHousehold> WelfareHouseholds => Set<WelfareHousehold>();

    public DbSet<WelfareHouseholdHistory> WelfareHouseholdHistory => Set<WelfareHouseholdHistory>();

    public DbSet<WelfareReviewReminder> WelfareReviewReminders => Set<WelfareReviewReminder>();

    public DbSet<AssistanceApplication> AssistanceApplications => Set<AssistanceApplication>();

    public DbSet<AssistanceLedger> AssistanceLedgers => Set<AssistanceLedger>();

    public DbSet<AssistancePayment> AssistancePayments => Set<AssistancePayment>();

    public DbSet<HealthService> HealthServices => Set<HealthService>();

    public DbSet<HealthServiceSlot> HealthServiceSlots => Set<HealthServiceSlot>();

    public DbSet<HealthBooking> HealthBookings => Set<HealthBooking>();

    public DbSet<RecruitmentOffer> RecruitmentOffers => Set<RecruitmentOffer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TalentContext).Assembly);
        modelBuilder.AddIntegrationEventTables();
        modelBuilder.AddAuditTable();
        modelBuilder.AddNotificationTables();
    }
}
