using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class AssistanceLedgerEntityTypeConfiguration : IEntityTypeConfiguration<AssistanceLedger>
{
    public void Configure(EntityTypeBuilder<AssistanceLedger> builder)
    {
        builder.ToTable("assistance_ledgers", t => t.HasCheckConstraint("ck_assistance_ledgers_within_cap", "committed >= 0 AND committed <= cap"));
        builder.HasKey(l => new { l.HouseholdId, l.Type, l.Year });
        builder.Property(l => l.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Cap).HasPrecision(12, 2);
        builder.Property(l => l.Committed).HasPrecision(12, 2);
        builder.HasOne<WelfareHousehold>().WithMany().HasForeignKey(l => l.HouseholdId);
    }
}
