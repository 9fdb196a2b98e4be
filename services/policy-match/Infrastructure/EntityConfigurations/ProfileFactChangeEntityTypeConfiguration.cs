using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.PolicyMatch.Model.Profiles;

namespace Qingmeng.PolicyMatch.Infrastructure.EntityConfigurations;

internal sealed class ProfileFactChangeEntityTypeConfiguration : IEntityTypeConfiguration<ProfileFactChange>
{
    public void Configure(EntityTypeBuilder<ProfileFactChange> builder)
    {
        builder.ToTable("profile_fact_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.CreditCode).HasMaxLength(18);
        builder.Property(c => c.Field).HasMaxLength(64);
        builder.Property(c => c.OldValue).HasMaxLength(2000);
        builder.Property(c => c.NewValue).HasMaxLength(2000);
        builder.Property(c => c.Source).HasMaxLength(64);
        builder.Property(c => c.Reference).HasMaxLength(200);
        builder.Property(c => c.AssertedBy).HasMaxLength(200);
        builder.HasIndex(c => new { c.CreditCode, c.Id });
    }
}
