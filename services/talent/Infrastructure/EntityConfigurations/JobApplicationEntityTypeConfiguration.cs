using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class JobApplicationEntityTypeConfiguration : IEntityTypeConfiguration<JobApplication>
{
    public void Configure(EntityTypeBuilder<JobApplication> builder)
    {
        builder.ToTable("job_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.CreditCode).HasMaxLength(18);
        builder.Property(a => a.ApplicantSubject).HasMaxLength(200);
        builder.Property(a => a.ApplicantName).HasMaxLength(50);
        builder.Property(a => a.Phone).HasMaxLength(20);
        builder.Property(a => a.PersonKey).HasMaxLength(64);
        builder.Property(a => a.ResidentIdMasked).HasMaxLength(18);
        builder.Property(a => a.CoverLetter).HasMaxLength(2000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        // One application per person per posting.
        builder.HasIndex(a => new { a.JobPostingId, a.PersonKey }).IsUnique();
        builder.HasIndex(a => a.ApplicantSubject);
        builder.HasIndex(a => a.CreditCode);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(a => a.JobPostingId);
        builder.Property(a => a.Version).IsRowVersion();
    }
}
