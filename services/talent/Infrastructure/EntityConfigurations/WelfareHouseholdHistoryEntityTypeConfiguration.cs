using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class WelfareHouseholdHistoryEntityTypeConfiguration : IEntityTypeConfiguration<WelfareHouseholdHistory>
{
    public void Configure(EntityTypeBuilder<WelfareHouseholdHistory> builder)
    {
        builder.ToTable("welfare_household_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(h => h.By).HasMaxLength(200);
        builder.Property(h => h.DifficultyType).HasConversion<string>().HasMaxLength(32);
        builder.Property(h => h.IncomePerCapita).HasPrecision(12, 2);
        builder.Property(h => h.ExitReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(h => h.Note).HasMaxLength(1000);
        builder.HasIndex(h => new { h.HouseholdId, h.At });
        builder.HasOne<WelfareHousehold>().WithMany().HasForeignKey(h => h.HouseholdId);
    }
}
