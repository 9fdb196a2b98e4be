using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class JobPostingEntityTypeConfiguration : IEntityTypeConfiguration<JobPosting>
{
    public void Configure(EntityTypeBuilder<JobPosting> builder)
    {
        builder.ToTable("job_postings");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.CreditCode).HasMaxLength(18);
        builder.Property(p => p.OrganizationName).HasMaxLength(200);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(8000);
        builder.Property(p => p.EmploymentType).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.SalaryUnit).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.StreetAddress).HasMaxLength(300);
        builder.Property(p => p.Locality).HasMaxLength(100);
        builder.Property(p => p.Region).HasMaxLength(100);
        builder.Property(p => p.SalaryMin).HasPrecision(12, 2);
        builder.Property(p => p.SalaryMax).HasPrecision(12, 2);
        builder.Property(p => p.PostedBy).HasMaxLength(200);
        builder.Property(p => p.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(p => new { p.PostedBy, p.IdempotencyKey }).IsUnique();
        builder.HasIndex(p => p.CreditCode);
        builder.HasIndex(p => new { p.Status, p.ValidThrough });
        builder.Property(p => p.Version).IsRowVersion();
    }
}
