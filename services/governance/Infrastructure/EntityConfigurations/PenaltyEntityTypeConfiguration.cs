using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class PenaltyEntityTypeConfiguration : IEntityTypeConfiguration<Penalty>
{
    public void Configure(EntityTypeBuilder<Penalty> builder)
    {
        builder.ToTable("penalties");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Reference).HasMaxLength(100);
        // One record per decision: a retried or concurrent second recording fails on this key.
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.Property(p => p.CreditCode).HasMaxLength(18);
        builder.HasIndex(p => p.CreditCode);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.FineAmount).HasPrecision(14, 2);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.DepartmentCode).HasMaxLength(16);
        builder.Property(p => p.RecordedBy).HasMaxLength(200);
        builder.Property(p => p.RepairedBy).HasMaxLength(200);
        builder.Property(p => p.RepairCommitment).HasMaxLength(2000);
        builder.Property(p => p.Version).IsRowVersion();
    }
}
