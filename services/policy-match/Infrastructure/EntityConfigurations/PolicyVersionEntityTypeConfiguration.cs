using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.PolicyMatch.Model.Policies;

namespace Qingmeng.PolicyMatch.Infrastructure.EntityConfigurations;

internal sealed class PolicyVersionEntityTypeConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> builder)
    {
        builder.ToTable("policy_versions");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.PolicyId, v.Version }).IsUnique();
        // At most one version in force and one draft per policy, whatever the application does.
        builder.HasIndex(v => v.PolicyId).IsUnique().HasFilter("status = 'Published'").HasDatabaseName("ix_policy_versions_one_in_force");
        builder.HasIndex(v => v.PolicyId).IsUnique().HasFilter("status = 'Draft'").HasDatabaseName("ix_policy_versions_one_draft");
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Mode).HasConversion<string>().HasMaxLength(24);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.IssuingBody).HasMaxLength(100);
        builder.Property(v => v.DocumentNumber).HasMaxLength(64);
        builder.Property(v => v.Summary).HasMaxLength(2000);
        builder.Property(v => v.BudgetPeriod).HasMaxLength(16);
        builder.Property(v => v.BudgetEnvelope).HasPrecision(18, 2);
        builder.Property(v => v.PublishedBy).HasMaxLength(200);
        builder.Property(v => v.Clauses).HasJsonColumn();
        builder.Property(v => v.AmountRule).HasJsonColumn();
        builder.Property(v => v.Conditions).HasJsonColumn();
        builder.Property(v => v.RowVersion).IsRowVersion();
        builder.Ignore(v => v.Terms);
    }
}
