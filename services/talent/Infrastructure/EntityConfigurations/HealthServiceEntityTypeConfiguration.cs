using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class HealthServiceEntityTypeConfiguration : IEntityTypeConfiguration<HealthService>
{
    public void Configure(EntityTypeBuilder<HealthService> builder)
    {
        builder.ToTable("health_services");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Code).HasMaxLength(16);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Provider).HasMaxLength(100);
        builder.Property(s => s.Description).HasMaxLength(1000);
        builder.HasIndex(s => s.Code).IsUnique();
    }
}
