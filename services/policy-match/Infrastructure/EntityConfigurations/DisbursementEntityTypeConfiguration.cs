using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.PolicyMatch.Model.Ledger;

namespace Qingmeng.PolicyMatch.Infrastructure.EntityConfigurations;

internal sealed class DisbursementEntityTypeConfiguration : IEntityTypeConfiguration<Disbursement>
{
    public void Configure(EntityTypeBuilder<Disbursement> builder)
    {
        builder.ToTable("disbursements", table => table.HasCheckConstraint("ck_disbursements_positive", "amount > 0"));
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.PolicyCode).HasMaxLength(32);
        builder.Property(d => d.Period).HasMaxLength(16);
        builder.Property(d => d.CreditCode).HasMaxLength(18);
        builder.Property(d => d.Amount).HasPrecision(18, 2);
        builder.Property(d => d.Reason).HasMaxLength(2000);
        builder.Property(d => d.RecordedBy).HasMaxLength(200);
        builder.Property(d => d.Basis).HasJsonColumn();
        // Never twice: one payment per policy, period and firm, and one clawback per payment, whatever races.
        builder.HasIndex(d => new { d.PolicyCode, d.Period, d.CreditCode }).IsUnique()
            .HasFilter("kind = 'Payment'").HasDatabaseName("ix_disbursements_one_payment_per_period");
        builder.HasIndex(d => d.ReversesId).IsUnique().HasFilter("reverses_id IS NOT NULL");
        builder.HasIndex(d => new { d.CreditCode, d.RecordedAt });
        builder.HasIndex(d => new { d.Period, d.Kind });
    }
}
