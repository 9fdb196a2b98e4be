using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model.EconomicIndicators;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class EconomicReportEntityTypeConfiguration : IEntityTypeConfiguration<EconomicReport>
{
    public void Configure(EntityTypeBuilder<EconomicReport> builder)
    {
        builder.ToTable("economic_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CreditCode).HasMaxLength(18);
        builder.Property(r => r.Month).HasMaxLength(7);
        // One report per firm and month: a concurrent first report of the same month fails on it.
        builder.HasIndex(r => new { r.CreditCode, r.Month }).IsUnique();
        builder.HasIndex(r => r.Month);
        builder.Property(r => r.OutputValue).HasPrecision(18, 2);
        builder.Property(r => r.PowerUse).HasPrecision(18, 2);
        builder.Property(r => r.TaxPaid).HasPrecision(18, 2);
        builder.Property(r => r.RecordedBy).HasMaxLength(200);
        builder.Property(r => r.CorrectedBy).HasMaxLength(200);
        builder.Property(r => r.AlertCaseNumber).HasMaxLength(32);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.Figures);
    }
}
