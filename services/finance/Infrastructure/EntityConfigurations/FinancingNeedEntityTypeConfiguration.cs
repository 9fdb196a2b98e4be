using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class FinancingNeedEntityTypeConfiguration : IEntityTypeConfiguration<FinancingNeed>
{
    public void Configure(EntityTypeBuilder<FinancingNeed> builder)
    {
        builder.ToTable("financing_needs");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.CreditCode).HasMaxLength(18);
        builder.HasIndex(n => new { n.CreditCode, n.CreatedAt });
        builder.Property(n => n.Amount).HasPrecision(18, 2);
        builder.Property(n => n.Purpose).HasMaxLength(500);
        builder.Property(n => n.CreatedBy).HasMaxLength(200);
    }
}
