using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class CreditRepairApplicationEntityTypeConfiguration : IEntityTypeConfiguration<CreditRepairApplication>
{
    public void Configure(EntityTypeBuilder<CreditRepairApplication> builder)
    {
        builder.ToTable("credit_repair_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Penalty>().WithMany().HasForeignKey(a => a.PenaltyId).OnDelete(DeleteBehavior.Restrict);
        // One open application per penalty: a second (or a concurrent double submit) fails on this key.
        builder.HasIndex(a => a.PenaltyId).IsUnique().HasFilter("status = 'Pending'").HasDatabaseName(GovernanceContext.PendingCreditRepairIndex);
        builder.Property(a => a.PenaltyReference).HasMaxLength(100);
        builder.Property(a => a.CreditCode).HasMaxLength(18);
        builder.HasIndex(a => a.CreditCode);
        builder.Property(a => a.DepartmentCode).HasMaxLength(16);
        builder.HasIndex(a => new { a.DepartmentCode, a.Status });
        builder.Property(a => a.Commitment).HasMaxLength(2000);
        builder.OwnsMany(a => a.Evidence, evidence => evidence.ToJson("evidence"));
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.AppliedBy).HasMaxLength(200);
        builder.Property(a => a.DecidedBy).HasMaxLength(200);
        builder.Property(a => a.DecisionReason).HasMaxLength(2000);
        builder.Property(a => a.Version).IsRowVersion();
    }
}
