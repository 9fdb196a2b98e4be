using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class RegisteredFirmEntityTypeConfiguration : IEntityTypeConfiguration<RegisteredFirm>
{
    public void Configure(EntityTypeBuilder<RegisteredFirm> builder)
    {
        builder.ToTable("registered_firms");
        builder.HasKey(f => f.CreditCode);
        builder.Property(f => f.CreditCode).HasMaxLength(18);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.IndustryCode).HasMaxLength(8);
        builder.Property(f => f.SizeClass).HasMaxLength(8);
        builder.Property(f => f.Location).HasMaxLength(100);
    }
}
