using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.PolicyMatch.Model.Matching;

namespace Qingmeng.PolicyMatch.Infrastructure.EntityConfigurations;

internal sealed class MatchRecordEntityTypeConfiguration : IEntityTypeConfiguration<MatchRecord>
{
    public void Configure(EntityTypeBuilder<MatchRecord> builder)
    {
        builder.ToTable("match_records");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.CreditCode).HasMaxLength(18);
        builder.Property(m => m.PolicyCode).HasMaxLength(32);
        builder.Property(m => m.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Amount).HasPrecision(18, 2);
        builder.HasIndex(m => new { m.CreditCode, m.PolicyVersionId }).IsUnique();
        builder.HasIndex(m => new { m.PolicyVersionId, m.Outcome });
        builder.HasIndex(m => m.NotifiedAt).HasFilter("outcome = 'Met' AND notified_at IS NULL").HasDatabaseName("ix_match_records_to_push");
        builder.HasIndex(m => m.NearMiss).HasFilter("near_miss").HasDatabaseName("ix_match_records_near_miss");
    }
}
