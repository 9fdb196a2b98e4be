using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Infrastructure.EntityConfigurations;

internal sealed class LandSiteEntityTypeConfiguration : IEntityTypeConfiguration<LandSite>
{
    public void Configure(EntityTypeBuilder<LandSite> builder)
    {
        builder.ToTable("land_sites");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Code).HasMaxLength(32);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Location).HasMaxLength(200);
        builder.Property(s => s.CurrentUse).HasMaxLength(200);
        builder.Property(s => s.PlannedUse).HasMaxLength(200);
        builder.Property(s => s.PlanSummary).HasMaxLength(2000);
        builder.Property(s => s.ProjectName).HasMaxLength(200);
        builder.Property(s => s.Stage).HasConversion<string>().HasMaxLength(32);
        foreach (var property in new[] { nameof(LandSite.AreaMu), nameof(LandSite.BaselineFloorArea), nameof(LandSite.BaselineAnnualOutput), nameof(LandSite.BaselineAnnualTax), nameof(LandSite.PlannedFloorArea), nameof(LandSite.AddedFloorArea), nameof(LandSite.AddedAnnualOutput), nameof(LandSite.AddedAnnualTax) })
        {
            builder.Property(property).HasPrecision(18, 2);
        }
        builder.Property(s => s.Version).IsRowVersion();
    }
}
