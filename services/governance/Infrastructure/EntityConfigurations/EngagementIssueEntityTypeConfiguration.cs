using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class EngagementIssueEntityTypeConfiguration : IEntityTypeConfiguration<EngagementIssue>
{
    public void Configure(EntityTypeBuilder<EngagementIssue> builder)
    {
        builder.ToTable("engagement_issues");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<FirmMeeting>().WithMany().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FirmVisit>().WithMany().HasForeignKey(i => i.VisitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.CaseId).IsUnique();
        builder.Property(i => i.CreditCode).HasMaxLength(18);
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.CaseNumber).HasMaxLength(32);
    }
}
