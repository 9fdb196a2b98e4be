using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class ReferralEntityTypeConfiguration : IEntityTypeConfiguration<Referral>
{
    public const string OneClaimPerWorkerAndPosting = "ux_referrals_job_posting_id_person_key";

    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CreditCode).HasMaxLength(18);
        builder.Property(r => r.PersonKey).HasMaxLength(64);
        builder.Property(r => r.WorkerName).HasMaxLength(50);
        builder.Property(r => r.ResidentIdMasked).HasMaxLength(18);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.IncentiveAmount).HasPrecision(12, 2);
        // The same worker cannot be claimed by two ambassadors for the same hire: the database decides the race.
        builder.HasIndex(r => new { r.JobPostingId, r.PersonKey }).IsUnique().HasDatabaseName(OneClaimPerWorkerAndPosting);
        builder.HasIndex(r => r.AmbassadorId);
        builder.HasIndex(r => r.Status);
        builder.HasIndex(r => r.IncentiveDueOn);
        builder.HasOne<Ambassador>().WithMany().HasForeignKey(r => r.AmbassadorId);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(r => r.JobPostingId);
        builder.Property(r => r.Version).IsRowVersion();
    }
}
