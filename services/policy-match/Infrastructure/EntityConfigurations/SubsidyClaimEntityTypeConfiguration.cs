using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.PolicyMatch.Model.Claims;

namespace Qingmeng.PolicyMatch.Infrastructure.EntityConfigurations;

internal sealed class SubsidyClaimEntityTypeConfiguration : IEntityTypeConfiguration<SubsidyClaim>
{
    public void Configure(EntityTypeBuilder<SubsidyClaim> builder)
    {
        builder.ToTable("subsidy_claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.PolicyCode).HasMaxLength(32);
        builder.Property(c => c.PolicyTitle).HasMaxLength(200);
        builder.Property(c => c.BudgetPeriod).HasMaxLength(16);
        builder.Property(c => c.Mode).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.CreditCode).HasMaxLength(18);
        builder.Property(c => c.Amount).HasPrecision(18, 2);
        builder.Property(c => c.PaidAmount).HasPrecision(18, 2);
        builder.Property(c => c.Statement).HasMaxLength(2000);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.CreatedBy).HasMaxLength(200);
        builder.Property(c => c.DecidedBy).HasMaxLength(200);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(100);
        builder.Property(c => c.Basis).HasJsonColumn();
        builder.Property(c => c.FirstApprovedBy).HasMaxLength(200);
        builder.Property(c => c.FirstApprovedByName).HasMaxLength(200);
        builder.Property(c => c.FirstApprovalReason).HasMaxLength(2000);
        // One live claim per firm, policy and period; a rejected application may be made again.
        builder.HasIndex(c => new { c.PolicyCode, c.BudgetPeriod, c.CreditCode }).IsUnique()
            .HasFilter("status <> 'Rejected'").HasDatabaseName("ix_subsidy_claims_one_live_per_period");
        builder.HasIndex(c => new { c.CreatedBy, c.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        builder.HasIndex(c => new { c.CreditCode, c.CreatedAt });
        builder.HasIndex(c => new { c.Status, c.ReviewDueAt });
        builder.Property(c => c.RowVersion).IsRowVersion();
        builder.Ignore(c => c.CanBePaid);
    }
}
