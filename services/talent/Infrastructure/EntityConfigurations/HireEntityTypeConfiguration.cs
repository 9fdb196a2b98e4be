using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class HireEntityTypeConfiguration : IEntityTypeConfiguration<Hire>
{
    public void Configure(EntityTypeBuilder<Hire> builder)
    {
        builder.ToTable("hires");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.CreditCode).HasMaxLength(18);
        builder.Property(h => h.PersonKey).HasMaxLength(64);
        builder.Property(h => h.WorkerName).HasMaxLength(50);
        builder.Property(h => h.ResidentIdMasked).HasMaxLength(18);
        builder.Property(h => h.ConfirmedBy).HasMaxLength(200);
        // A worker is hired once per posting: a second confirmation cannot create a second hire (or a second incentive).
        builder.HasIndex(h => new { h.JobPostingId, h.PersonKey }).IsUnique();
        builder.HasIndex(h => h.CreditCode);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(h => h.JobPostingId);
        builder.Property(h => h.Version).IsRowVersion();
    }
}
