using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class CreditRecordEntityTypeConfiguration : IEntityTypeConfiguration<CreditRecord>
{
    public void Configure(EntityTypeBuilder<CreditRecord> builder)
    {
        builder.ToTable("credit_records");
        builder.HasKey(c => new { c.CreditCode, c.PenaltyReference });
        builder.Property(c => c.CreditCode).HasMaxLength(18);
        builder.Property(c => c.PenaltyReference).HasMaxLength(100);
        builder.Property(c => c.Category).HasMaxLength(100);
        builder.Property(c => c.FineAmount).HasPrecision(18, 2);
    }
}
