using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Infrastructure.EntityConfigurations;

internal sealed class ApprovalTaskEntityTypeConfiguration : IEntityTypeConfiguration<ApprovalTask>
{
    public void Configure(EntityTypeBuilder<ApprovalTask> builder)
    {
        builder.ToTable("tasks");
        builder.HasKey(t => t.Id);
        builder.HasOne<Project>().WithMany().HasForeignKey(t => t.ProjectId);
        builder.HasIndex(t => new { t.ProjectId, t.SubItemCode }).IsUnique();
        builder.Property(t => t.CreditCode).HasMaxLength(18);
        builder.Property(t => t.SubItemCode).HasMaxLength(32);
        builder.Property(t => t.SubItemName).HasMaxLength(200);
        builder.Property(t => t.ItemName).HasMaxLength(200);
        builder.Property(t => t.DepartmentCode).HasMaxLength(16);
        builder.Property(t => t.Stage).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.ExtensionReason).HasMaxLength(1000);
        builder.Property(t => t.ExtensionApprovedBy).HasMaxLength(200);
        builder.Property(t => t.DecisionReason).HasMaxLength(2000);
        builder.Property(t => t.SupervisionCaseNumber).HasMaxLength(32);
        builder.Property(t => t.SupervisionResolution).HasMaxLength(4000);
        builder.OwnsMany(t => t.Pauses, pauses =>
        {
            pauses.ToJson("pauses");
            pauses.Property(p => p.Kind).HasConversion<string>();
        });
        // Tasks registered before resubmission existed are on their first attempt.
        builder.Property(t => t.Attempt).HasDefaultValue(1);
        builder.OwnsMany(t => t.EarlierAttempts, attempts => attempts.ToJson("earlier_attempts"));
        builder.HasIndex(t => new { t.DepartmentCode, t.Status });
        builder.HasIndex(t => new { t.Status, t.DueAt });
        builder.HasIndex(t => new { t.Status, t.DeemedAcceptanceAt });
        builder.Property(t => t.Version).IsRowVersion();
    }
}
