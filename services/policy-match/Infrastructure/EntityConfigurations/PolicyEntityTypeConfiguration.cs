using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.PolicyMatch.Model.Policies;

namespace Qingmeng.PolicyMatch.Infrastructure.EntityConfigurations;

internal sealed class PolicyEntityTypeConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> builder)
    {
        builder.ToTable("policies");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(p => p.Category);
        builder.Property(p => p.CreatedBy).HasMaxLength(200);
        builder.Property(p => p.RowVersion).IsRowVersion();
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PolicyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.InForce);
        builder.Ignore(p => p.CurrentDraft);
        builder.Ignore(p => p.Latest);
    }
}
