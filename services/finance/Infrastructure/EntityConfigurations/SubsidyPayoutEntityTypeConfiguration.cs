using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class SubsidyPayoutEntityTypeConfiguration : IEntityTypeConfiguration<SubsidyPayout>
{
    public const string OnePerPeriodIndex = "ix_subsidy_payouts_loan_id_paid_on";
    public const string IdempotencyKeyIndex = "ix_subsidy_payouts_paid_by_idempotency_key";

    public void Configure(EntityTypeBuilder<SubsidyPayout> builder)
    {
        builder.ToTable("subsidy_payouts");
        builder.HasKey(s => s.Id);
        builder.HasOne<Referral>().WithMany().HasForeignKey(s => s.LoanId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Amount).HasPrecision(18, 2);
        builder.Property(s => s.Principal).HasPrecision(18, 2);
        builder.Property(s => s.SubsidyPercent).HasPrecision(7, 4);
        builder.Property(s => s.SubsidyAccrued).HasPrecision(18, 2);
        builder.Property(s => s.PreviouslyPaid).HasPrecision(18, 2);
        builder.Property(s => s.PaidBy).HasMaxLength(200);
        builder.Property(s => s.PaidByRole).HasMaxLength(64);
        builder.Property(s => s.IdempotencyKey).HasMaxLength(100);
        // A period of a loan is settled once, whoever asks and however often.
        builder.HasIndex(s => new { s.LoanId, s.PaidOn }).IsUnique().HasDatabaseName(OnePerPeriodIndex);
        builder.HasIndex(s => new { s.PaidBy, s.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL").HasDatabaseName(IdempotencyKeyIndex);
    }
}
