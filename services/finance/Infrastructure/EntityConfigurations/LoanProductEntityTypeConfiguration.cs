using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class LoanProductEntityTypeConfiguration : IEntityTypeConfiguration<LoanProduct>
{
    public void Configure(EntityTypeBuilder<LoanProduct> builder)
    {
        builder.ToTable("products");
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.Property(p => p.BankCode).HasMaxLength(32);
        builder.HasOne<PartnerBank>().WithMany().HasForeignKey(p => p.BankCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Description).HasMaxLength(1000);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.LprTenor).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Guarantee).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.MinAmount).HasPrecision(18, 2);
        builder.Property(p => p.MaxAmount).HasPrecision(18, 2);
        builder.Property(p => p.SpreadPercent).HasPrecision(7, 4);
        builder.Property(p => p.GuaranteeFeePercent).HasPrecision(7, 4);
        builder.Property(p => p.SubsidyPercent).HasPrecision(7, 4);
        builder.Property(p => p.GovernmentRiskSharePercent).HasPrecision(5, 2);
        builder.Property(p => p.BankRiskSharePercent).HasPrecision(5, 2);
        builder.Property(p => p.GuarantorRiskSharePercent).HasPrecision(5, 2);
        builder.Property(p => p.Eligibility).HasJsonConversion();
    }
}
