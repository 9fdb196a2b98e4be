using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.PolicyMatch.Model.Guidance;

namespace Qingmeng.PolicyMatch.Infrastructure.EntityConfigurations;

internal sealed class ApplicationGuidanceEntityTypeConfiguration : IEntityTypeConfiguration<ApplicationGuidance>
{
    public const string OncePerFirmPolicyAndYear = "ix_application_guidance_once_per_year";

    public void Configure(EntityTypeBuilder<ApplicationGuidance> builder)
    {
        builder.ToTable("application_guidance");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.CreditCode).HasMaxLength(18);
        builder.Property(g => g.PolicyCode).HasMaxLength(32);
        builder.Property(g => g.GuidedBy).HasMaxLength(200);
        builder.Property(g => g.GuidedByName).HasMaxLength(200);
        builder.Property(g => g.Notes).HasMaxLength(2000);
        builder.Property(g => g.IdempotencyKey).HasMaxLength(100);
        // One guided project per firm, policy and year, whatever races.
        builder.HasIndex(g => new { g.CreditCode, g.PolicyCode, g.Year }).IsUnique().HasDatabaseName(OncePerFirmPolicyAndYear);
        builder.HasIndex(g => new { g.GuidedBy, g.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        builder.HasIndex(g => new { g.Year, g.GuidedOn });
    }
}
