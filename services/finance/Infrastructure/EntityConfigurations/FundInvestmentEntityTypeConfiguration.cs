using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class FundInvestmentEntityTypeConfiguration : IEntityTypeConfiguration<FundInvestment>
{
    public void Configure(EntityTypeBuilder<FundInvestment> builder)
    {
        builder.ToTable("fund_investments");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.FundCode).HasMaxLength(32);
        builder.Property(f => f.CreditCode).HasMaxLength(18);
        builder.Property(f => f.FirmName).HasMaxLength(200);
        builder.Property(f => f.Amount).HasPrecision(18, 2);
        builder.Property(f => f.Instrument).HasMaxLength(100);
        builder.Property(f => f.RecordedBy).HasMaxLength(200);
        builder.HasIndex(f => f.FundCode);
    }
}
