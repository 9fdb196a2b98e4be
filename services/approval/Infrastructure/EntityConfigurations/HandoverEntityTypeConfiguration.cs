using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Infrastructure.EntityConfigurations;

internal sealed class HandoverEntityTypeConfiguration : IEntityTypeConfiguration<Handover>
{
    public void Configure(EntityTypeBuilder<Handover> builder)
    {
        builder.ToTable("handovers");
        builder.HasKey(h => h.Id);
        builder.HasOne<Project>().WithMany().HasForeignKey(h => h.ProjectId);
        builder.Property(h => h.FromAgent).HasMaxLength(200);
        builder.Property(h => h.ToAgent).HasMaxLength(200);
        builder.Property(h => h.Reason).HasMaxLength(1000);
        builder.Property(h => h.RecordedBy).HasMaxLength(200);
        builder.HasIndex(h => h.ProjectId);
    }
}
