using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class FirmProfileEntityTypeConfiguration : IEntityTypeConfiguration<FirmProfile>
{
    public void Configure(EntityTypeBuilder<FirmProfile> builder)
    {
        builder.ToTable("firm_profiles");
        builder.HasKey(p => p.CreditCode);
        builder.Property(p => p.CreditCode).HasMaxLength(18);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.AnnualRevenue).HasPrecision(18, 2);
        builder.Property(p => p.RevenueGrowthPercent).HasPrecision(9, 2);
        builder.Property(p => p.RdRatioPercent).HasPrecision(7, 2);
        builder.Property(p => p.CreditRating).HasMaxLength(8);
    }
}
