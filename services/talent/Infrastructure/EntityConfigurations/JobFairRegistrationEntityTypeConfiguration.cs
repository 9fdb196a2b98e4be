using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class JobFairRegistrationEntityTypeConfiguration : IEntityTypeConfiguration<JobFairRegistration>
{
    public void Configure(EntityTypeBuilder<JobFairRegistration> builder)
    {
        builder.ToTable("job_fair_registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CreditCode).HasMaxLength(18);
        builder.Property(r => r.OrganizationName).HasMaxLength(200);
        builder.HasIndex(r => new { r.JobFairId, r.CreditCode }).IsUnique();
        builder.HasOne<JobFair>().WithMany().HasForeignKey(r => r.JobFairId);
    }
}
