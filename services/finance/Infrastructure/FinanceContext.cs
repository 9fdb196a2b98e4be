using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Notifications;

namespace Qingmeng.Finance.Infrastructure;

/// <summary>The service's own database: its domain tables plus its outbox and inbox.</summary>
public sealed class FinanceContext(DbContextOptions<FinanceContext> options) : DbContext(options)
{
    public const string Schema = "finance";
    public const string ReferralNumberSequence = "referral_number_seq";

    /// <summary>The replica of the zone's firm register (owned by governance).</summary>
    public DbSet<RegisteredFirm> Firms => Set<RegisteredFirm>();

    public DbSet<PartnerBank> Banks => Set<PartnerBank>();

    public DbSet<LoanProduct> Products => Set<LoanProduct>();

    public DbSet<FirmProfile> Profiles => Set<FirmProfile>();

    public DbSet<FinancingNeed> Needs => Set<FinancingNeed>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<WhitelistEntry> Whitelist => Set<WhitelistEntry>();

    public DbSet<FundInvestment> FundInvestments => Set<FundInvestment>();

    public DbSet<SubsidyPayout> SubsidyPayouts => Set<SubsidyPayout>();

    public DbSet<CreditRecord> CreditRecords => Set<CreditRecord>();

    public DbSet<SciTechLoanOffer> SciTechLoanOffers => Set<SciTechLoanOffer>();

    /// <summary>Penalties governance reported against the firm and not yet repaired.</summary>
    public Task<int> OpenPenaltiesAsync(string creditCode, CancellationToken cancellationToken) =>
        CreditRecords.CountAsync(c => c.CreditCode == creditCode && c.RepairedOn == null, cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.HasSequence<long>(ReferralNumberSequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FinanceContext).Assembly);
        modelBuilder.AddIntegrationEventTables();
        modelBuilder.AddAuditTable();
        modelBuilder.AddHolidayScheduleTable();
        modelBuilder.AddNotificationTables();
    }

    /// <summary>The next referral number of the day in China Standard Time, e.g. RZ20260315000042.</summary>
    public async Task<string> NextReferralNumberAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = await Database
            .SqlQuery<long>($"SELECT nextval('finance.referral_number_seq') AS \"Value\"")
            .SingleAsync(cancellationToken);
        var chinaDate = ChinaTime.ToChinaTime(now);
        return $"RZ{chinaDate:yyyyMMdd}{next % 1_000_000:D6}";
    }
}
