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

internal sealed class LenientDecisionEntityTypeConfiguration : IEntityTypeConfiguration<LenientDecision>
{
    public void Configure(EntityTypeBuilder<LenientDecision> builder)
    {
        builder.ToTable("lenient_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Reference).HasMaxLength(100);
        builder.HasIndex(d => d.Reference).IsUnique();
        builder.Property(d => d.CreditCode).HasMaxLength(18);
        builder.HasIndex(d => new { d.CreditCode, d.RuleCode });
        builder.Property(d => d.RuleCode).HasMaxLength(32);
        builder.Property(d => d.Offence).HasMaxLength(200);
        builder.Property(d => d.Treatment).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.LegalBasis).HasMaxLength(500);
        builder.Property(d => d.Conditions).HasMaxLength(2000);
        builder.Property(d => d.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Description).HasMaxLength(2000);
        builder.Property(d => d.DepartmentCode).HasMaxLength(16);
        builder.HasIndex(d => d.PenaltyId);
        builder.Property(d => d.RecordedBy).HasMaxLength(200);
    }
}

internal sealed class GuidanceEntityTypeConfiguration : IEntityTypeConfiguration<Guidance>
{
    public void Configure(EntityTypeBuilder<Guidance> builder)
    {
        builder.ToTable("guidances");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.CreditCode).HasMaxLength(18);
        builder.HasIndex(g => g.CreditCode);
        builder.Property(g => g.DepartmentCode).HasMaxLength(16);
        builder.HasIndex(g => new { g.DepartmentCode, g.Status });
        builder.Property(g => g.Matters).HasMaxLength(4000);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(g => new { g.Status, g.SelfCorrectionDueAt });
        builder.Property(g => g.NotifiedBy).HasMaxLength(200);
        builder.Property(g => g.SelfCorrectionReport).HasMaxLength(4000);
        builder.Property(g => g.InspectedBy).HasMaxLength(200);
        builder.Property(g => g.InspectionNote).HasMaxLength(4000);
        builder.Property(g => g.Version).IsRowVersion();
        builder.Ignore(g => g.SelfCorrectedOnTime);
    }
}
