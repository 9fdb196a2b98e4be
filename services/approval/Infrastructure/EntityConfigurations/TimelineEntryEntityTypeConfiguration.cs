using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Infrastructure.EntityConfigurations;

internal sealed class TimelineEntryEntityTypeConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("timeline");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId);
        builder.Property(e => e.SubItemCode).HasMaxLength(32);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.FromState).HasMaxLength(32);
        builder.Property(e => e.ToState).HasMaxLength(32);
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.HasIndex(e => new { e.ProjectId, e.Id });
    }
}
