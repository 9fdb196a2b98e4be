using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class HazardEntityTypeConfiguration : IEntityTypeConfiguration<Hazard>
{
    public void Configure(EntityTypeBuilder<Hazard> builder)
    {
        builder.ToTable("hazards");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.CreditCode).HasMaxLength(18);
        builder.HasIndex(h => h.CreditCode);
        builder.Property(h => h.DepartmentCode).HasMaxLength(16);
        builder.HasIndex(h => new { h.DepartmentCode, h.Status });
        builder.Property(h => h.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(h => new { h.Status, h.RectificationDueAt });
        builder.Property(h => h.Description).HasMaxLength(4000);
        builder.Property(h => h.Place).HasMaxLength(200);
        builder.Property(h => h.ReportedBy).HasMaxLength(200);
        builder.Property(h => h.RectificationReport).HasMaxLength(4000);
        builder.Property(h => h.LastReinspectedBy).HasMaxLength(200);
        builder.Property(h => h.LastReinspectionNote).HasMaxLength(4000);
        builder.Property(h => h.Version).IsRowVersion();
    }
}
