using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class AssistanceApplicationEntityTypeConfiguration : IEntityTypeConfiguration<AssistanceApplication>
{
    public void Configure(EntityTypeBuilder<AssistanceApplication> builder)
    {
        builder.ToTable("assistance_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.RequestedAmount).HasPrecision(12, 2);
        builder.Property(a => a.ApprovedAmount).HasPrecision(12, 2);
        builder.Property(a => a.Reason).HasMaxLength(2000);
        builder.Property(a => a.SubmittedBy).HasMaxLength(200);
        builder.Property(a => a.ReviewedBy).HasMaxLength(200);
        builder.Property(a => a.ReviewNote).HasMaxLength(1000);
        builder.HasIndex(a => new { a.HouseholdId, a.Type, a.Year });
        builder.HasIndex(a => a.Status);
        builder.Property(a => a.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(a => new { a.SubmittedBy, a.IdempotencyKey }).IsUnique();
        builder.HasOne<WelfareHousehold>().WithMany().HasForeignKey(a => a.HouseholdId);
        builder.Property(a => a.Version).IsRowVersion();
    }
}
