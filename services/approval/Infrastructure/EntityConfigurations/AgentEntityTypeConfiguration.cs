using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Infrastructure.EntityConfigurations;

internal sealed class AgentEntityTypeConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.ToTable("agents");
        builder.HasKey(a => a.Subject);
        builder.Property(a => a.Subject).HasMaxLength(200);
        builder.Property(a => a.Name).HasMaxLength(100);
    }
}
