using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class LeaseEntityTypeConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> builder)
    {
        builder.ToTable("leases");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.TenantSubject).HasMaxLength(200);
        builder.Property(l => l.TenantName).HasMaxLength(50);
        builder.Property(l => l.TenantPhone).HasMaxLength(20);
        builder.Property(l => l.AllocatedBy).HasMaxLength(200);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        // No unit is let twice: at most one active lease per unit, whatever races the allocators run.
        builder.HasIndex(l => l.UnitId).IsUnique().HasFilter("status = 'Active'");
        builder.HasIndex(l => l.ApplicationId).IsUnique();
        builder.HasIndex(l => new { l.Status, l.EndsOn });
        builder.HasOne<ApartmentUnit>().WithMany().HasForeignKey(l => l.UnitId);
        builder.HasOne<HousingApplication>().WithMany().HasForeignKey(l => l.ApplicationId);
    }
}
