using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class CatalogueEntityTypeConfiguration :
    IEntityTypeConfiguration<Department>, IEntityTypeConfiguration<GovernanceModule>, IEntityTypeConfiguration<ServiceType>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("departments");
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(16);
        builder.Property(d => d.Name).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<GovernanceModule> builder)
    {
        builder.ToTable("modules");
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(32);
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.Property(m => m.DefaultDepartmentCode).HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<ServiceType> builder)
    {
        builder.ToTable("service_types");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(32);
        builder.Property(s => s.ModuleCode).HasMaxLength(32);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Description).HasMaxLength(500);
        builder.HasIndex(s => s.ModuleCode);
    }
}
