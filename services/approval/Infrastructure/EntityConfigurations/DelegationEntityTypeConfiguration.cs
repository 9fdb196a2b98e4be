using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Infrastructure.EntityConfigurations;

internal sealed class DelegationEntityTypeConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.ToTable("delegations");
        builder.HasKey(d => d.Id);
        builder.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId);
        builder.Property(d => d.AgentSubject).HasMaxLength(200);
        builder.Property(d => d.GrantedBy).HasMaxLength(200);
        builder.Property(d => d.Scope).HasMaxLength(1000);
        builder.Property(d => d.EndReason).HasMaxLength(1000);
        builder.HasIndex(d => new { d.ProjectId, d.AgentSubject });
    }
}
