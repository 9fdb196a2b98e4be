using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class FinancingNeedEntityTypeConfiguration : IEntityTypeConfiguration<FinancingNeed>
{
    public void Configure(EntityTypeBuilder<FinancingNeed> builder)
    {
        builder.ToTable("financing_needs");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.CreditCode).HasMaxLength(18);
        builder.HasIndex(n => new { n.CreditCode, n.CreatedAt });
        builder.Property(n => n.Amount).HasPrecision(18, 2);
        builder.Property(n => n.Purpose).HasMaxLength(500);
        builder.Property(n => n.CreatedBy).HasMaxLength(200);
        builder.Property(n => n.Origin).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.ProjectName).HasMaxLength(200);
        builder.Property(n => n.ProjectInvestment).HasPrecision(18, 2);
        // One proposed need per project, however often approval's event arrives.
        builder.HasIndex(n => n.ProjectId).IsUnique().HasFilter("project_id IS NOT NULL");
    }
}
