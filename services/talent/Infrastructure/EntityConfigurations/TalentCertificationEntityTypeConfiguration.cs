using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class TalentCertificationEntityTypeConfiguration : IEntityTypeConfiguration<TalentCertification>
{
    public void Configure(EntityTypeBuilder<TalentCertification> builder)
    {
        builder.ToTable("certifications");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CreditCode).HasMaxLength(18);
        builder.Property(c => c.PersonName).HasMaxLength(50);
        builder.Property(c => c.PersonKey).HasMaxLength(64);
        builder.Property(c => c.ResidentIdMasked).HasMaxLength(18);
        builder.Property(c => c.Tier).HasConversion<string>().HasMaxLength(2);
        builder.Property(c => c.Basis).HasMaxLength(1000);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.SubmittedBy).HasMaxLength(200);
        builder.Property(c => c.ReviewedBy).HasMaxLength(200);
        builder.Property(c => c.ReviewNote).HasMaxLength(1000);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(c => new { c.SubmittedBy, c.IdempotencyKey }).IsUnique();
        builder.HasIndex(c => new { c.CreditCode, c.Status });
        builder.HasIndex(c => c.PersonKey);
        builder.Property(c => c.Version).IsRowVersion();
    }
}
