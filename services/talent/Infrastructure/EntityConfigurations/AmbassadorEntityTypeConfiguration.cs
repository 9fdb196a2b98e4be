using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class AmbassadorEntityTypeConfiguration : IEntityTypeConfiguration<Ambassador>
{
    public void Configure(EntityTypeBuilder<Ambassador> builder)
    {
        builder.ToTable("ambassadors");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Subject).HasMaxLength(200);
        builder.HasIndex(a => a.Subject).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(50);
        builder.Property(a => a.Phone).HasMaxLength(20);
        builder.Property(a => a.Region).HasMaxLength(100);
    }
}
