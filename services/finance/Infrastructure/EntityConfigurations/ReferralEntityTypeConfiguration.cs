using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class ReferralEntityTypeConfiguration : IEntityTypeConfiguration<Referral>
{
    public const string IdempotencyKeyIndex = "ix_referrals_applied_by_idempotency_key";

    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Number).HasMaxLength(32);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.CreditCode).HasMaxLength(18);
        builder.Property(r => r.FirmName).HasMaxLength(200);
        builder.Property(r => r.ProductCode).HasMaxLength(32);
        builder.HasOne<LoanProduct>().WithMany().HasForeignKey(r => r.ProductCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.BankCode).HasMaxLength(32);
        builder.Property(r => r.ProductKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Purpose).HasMaxLength(500);
        builder.Property(r => r.AppliedBy).HasMaxLength(200);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(r => new { r.AppliedBy, r.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL").HasDatabaseName(IdempotencyKeyIndex);
        builder.Property(r => r.InformationRequest).HasMaxLength(2000);
        builder.Property(r => r.InformationResponse).HasMaxLength(2000);
        builder.Property(r => r.DeclineReason).HasMaxLength(1000);
        builder.Property(r => r.WithdrawReason).HasMaxLength(1000);
        foreach (var amount in new[] { nameof(Referral.RequestedAmount), nameof(Referral.ApprovedAmount), nameof(Referral.DisbursedAmount) })
        {
            builder.Property(amount).HasPrecision(18, 2);
        }
        foreach (var percent in new[]
        {
            nameof(Referral.ApprovedRatePercent), nameof(Referral.GuaranteeFeePercent), nameof(Referral.SubsidyPercent),
            nameof(Referral.GovernmentRiskSharePercent), nameof(Referral.BankRiskSharePercent), nameof(Referral.GuarantorRiskSharePercent),
        })
        {
            builder.Property(percent).HasPrecision(7, 4);
        }
        builder.HasIndex(r => new { r.BankCode, r.Status });
        builder.HasIndex(r => new { r.CreditCode, r.Status });
        builder.HasIndex(r => new { r.Status, r.ResponseDueAt });
        builder.HasIndex(r => new { r.Status, r.MaturesOn });
        builder.HasIndex(r => r.EscalatedAt).HasFilter("escalated_at IS NOT NULL AND escalation_notified_at IS NULL");
        builder.HasIndex(r => r.WhitelistEntryId);
        builder.Property(r => r.Dossier).HasJsonConversion();
        builder.Property(r => r.Version).IsRowVersion();
    }
}
