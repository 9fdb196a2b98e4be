using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Infrastructure.EntityConfigurations;

internal sealed class InvestmentAgreementEntityTypeConfiguration : IEntityTypeConfiguration<InvestmentAgreement>
{
    public void Configure(EntityTypeBuilder<InvestmentAgreement> builder)
    {
        builder.ToTable("investment_agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Number).HasMaxLength(32);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.Property(a => a.InvestorName).HasMaxLength(200);
        builder.Property(a => a.CreditCode).HasMaxLength(18);
        builder.Property(a => a.IndustryCode).HasMaxLength(8);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.PlannedInvestment).HasPrecision(18, 2);
        builder.Property(a => a.ContractInvestment).HasPrecision(18, 2);
        builder.Property(a => a.LapseReason).HasMaxLength(500);
        builder.Property(a => a.RecordedBy).HasMaxLength(200);
        builder.Property(a => a.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(a => new { a.RecordedBy, a.IdempotencyKey }).IsUnique();
        // The conversion metric selects a period's intentions by their signing date.
        builder.HasIndex(a => a.IntentSignedOn);
        builder.Ignore(a => a.DaysToContract);
        builder.Property(a => a.Version).IsRowVersion();
    }
}
