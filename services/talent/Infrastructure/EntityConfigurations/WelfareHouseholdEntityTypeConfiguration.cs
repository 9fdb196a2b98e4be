using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class WelfareHouseholdEntityTypeConfiguration : IEntityTypeConfiguration<WelfareHousehold>
{
    public const string OneEntryPerHead = "ux_welfare_households_person_key";

    public void Configure(EntityTypeBuilder<WelfareHousehold> builder)
    {
        builder.ToTable("welfare_households");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.HeadName).HasMaxLength(50);
        builder.Property(h => h.ResidentIdNumber).HasMaxLength(18);
        builder.Property(h => h.PersonKey).HasMaxLength(64);
        builder.Property(h => h.ResidentIdDigest).HasMaxLength(64);
        builder.Property(h => h.ResidentIdMasked).HasMaxLength(18);
        builder.Property(h => h.Phone).HasMaxLength(20);
        builder.Property(h => h.EmployerCreditCode).HasMaxLength(18);
        builder.Property(h => h.Address).HasMaxLength(300);
        builder.Property(h => h.IncomePerCapita).HasPrecision(12, 2);
        builder.Property(h => h.CaseOfficer).HasMaxLength(200);
        builder.Property(h => h.DifficultyType).HasConversion<string>().HasMaxLength(32);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(h => h.ExitReason).HasConversion<string>().HasMaxLength(32);
        // One record per household head: leaving and re-entering the register reuses it, so its history stays in one place.
        builder.HasIndex(h => h.PersonKey).IsUnique().HasDatabaseName(OneEntryPerHead);
        builder.HasIndex(h => h.ResidentIdDigest).IsUnique();
        builder.HasIndex(h => new { h.Status, h.NextReviewDue });
        builder.Property(h => h.Version).IsRowVersion();
    }
}
