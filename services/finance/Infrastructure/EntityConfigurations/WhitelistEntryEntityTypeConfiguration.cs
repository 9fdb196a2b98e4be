using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class WhitelistEntryEntityTypeConfiguration : IEntityTypeConfiguration<WhitelistEntry>
{
    public void Configure(EntityTypeBuilder<WhitelistEntry> builder)
    {
        builder.ToTable("whitelist_entries");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.CreditCode).HasMaxLength(18);
        // One open entry (proposed or listed) per firm at a time.
        builder.HasIndex(w => w.CreditCode).IsUnique().HasFilter("status IN ('Proposed', 'Listed')");
        builder.Property(w => w.FirmName).HasMaxLength(200);
        builder.Property(w => w.Score).HasPrecision(5, 1);
        builder.Property(w => w.Indicators).HasJsonConversion();
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(w => new { w.Status, w.NextReviewOn });
        builder.Property(w => w.EvaluatedBy).HasMaxLength(200);
        builder.Property(w => w.ReviewedBy).HasMaxLength(200);
        builder.Property(w => w.ReviewNote).HasMaxLength(1000);
        builder.Property(w => w.RemovalReason).HasMaxLength(1000);
        builder.Property(w => w.Version).IsRowVersion();
    }
}
