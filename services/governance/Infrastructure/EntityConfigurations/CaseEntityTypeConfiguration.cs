using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class CaseEntityTypeConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ModuleCode).HasMaxLength(32);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.CreditCode).HasMaxLength(18);
        builder.Property(c => c.ContactPhone).HasMaxLength(20);
        builder.Property(c => c.Resolution).HasMaxLength(4000);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(c => c.IdempotencyKey).IsUnique();
        builder.HasIndex(c => new { c.Status, c.FiledAt });
        builder.Property(c => c.FiledBy).HasMaxLength(200);
        builder.HasIndex(c => c.FiledBy);
        builder.HasIndex(c => c.CreditCode);
        builder.Property(c => c.Version).IsRowVersion();
    }
}
