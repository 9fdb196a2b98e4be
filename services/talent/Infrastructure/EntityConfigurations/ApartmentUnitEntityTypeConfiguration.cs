using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class ApartmentUnitEntityTypeConfiguration : IEntityTypeConfiguration<ApartmentUnit>
{
    public void Configure(EntityTypeBuilder<ApartmentUnit> builder)
    {
        builder.ToTable("apartment_units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Building).HasMaxLength(50);
        builder.Property(u => u.UnitNumber).HasMaxLength(20);
        builder.HasIndex(u => new { u.Building, u.UnitNumber }).IsUnique();
        builder.Property(u => u.AreaSquareMetres).HasPrecision(8, 2);
        builder.Property(u => u.MonthlyRent).HasPrecision(10, 2);
        builder.Property(u => u.MinTier).HasConversion<string>().HasMaxLength(2);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(u => u.Label);
        builder.Property(u => u.Version).IsRowVersion();
    }
}
