using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class RegisteredFirmEntityTypeConfiguration : IEntityTypeConfiguration<RegisteredFirm>
{
    public void Configure(EntityTypeBuilder<RegisteredFirm> builder)
    {
        builder.ToTable("registered_firms");
        // One record per credit code: a concurrent second registration fails on the key.
        builder.HasKey(f => f.CreditCode);
        builder.Property(f => f.CreditCode).HasMaxLength(18);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.HasIndex(f => f.Name);
        builder.Property(f => f.IndustryCode).HasMaxLength(8);
        builder.Property(f => f.SizeClass).HasMaxLength(8);
        builder.Property(f => f.Location).HasMaxLength(100);
        builder.Property(f => f.RecordedBy).HasMaxLength(200);
        builder.Property(f => f.UpdatedBy).HasMaxLength(200);
        builder.Property(f => f.Version).IsRowVersion();
        builder.Ignore(f => f.Facts);
    }
}
