using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Infrastructure.EntityConfigurations;

internal sealed class ProjectEntityTypeConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.CreditCode).HasMaxLength(18);
        builder.Property(p => p.FirmName).HasMaxLength(200);
        builder.Property(p => p.InvestmentAmount).HasPrecision(18, 2);
        builder.Property(p => p.LandLocation).HasMaxLength(200);
        builder.Property(p => p.LandAreaMu).HasPrecision(12, 2);
        builder.Property(p => p.IndustryCode).HasMaxLength(16);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.AgentSubject).HasMaxLength(200);
        builder.Property(p => p.AgentName).HasMaxLength(100);
        builder.Property(p => p.RegisteredBy).HasMaxLength(200);
        builder.Property(p => p.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(p => new { p.RegisteredBy, p.IdempotencyKey }).IsUnique();
        builder.HasIndex(p => p.CreditCode);
        builder.HasIndex(p => new { p.AgentSubject, p.Status });
        builder.Property(p => p.Version).IsRowVersion();
    }
}
