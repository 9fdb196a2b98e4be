using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class HousingApplicationEntityTypeConfiguration : IEntityTypeConfiguration<HousingApplication>
{
    public void Configure(EntityTypeBuilder<HousingApplication> builder)
    {
        builder.ToTable("housing_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ApplicantSubject).HasMaxLength(200);
        builder.Property(a => a.ApplicantName).HasMaxLength(50);
        builder.Property(a => a.Phone).HasMaxLength(20);
        builder.Property(a => a.PersonKey).HasMaxLength(64);
        builder.Property(a => a.ResidentIdMasked).HasMaxLength(18);
        builder.Property(a => a.EmployerCreditCode).HasMaxLength(18);
        // Tier as its ordinal so the waitlist sorts A (1) before E (5) in the database.
        builder.Property(a => a.Tier).HasConversion<int>();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        // One waiting application per person.
        builder.HasIndex(a => a.PersonKey).IsUnique().HasFilter("status = 'Waiting'");
        builder.HasIndex(a => new { a.Status, a.Tier, a.AppliedAt });
        builder.HasIndex(a => a.ApplicantSubject);
        builder.Property(a => a.Version).IsRowVersion();
    }
}
