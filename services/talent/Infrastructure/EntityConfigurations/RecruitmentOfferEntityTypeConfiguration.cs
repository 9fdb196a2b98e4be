using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class RecruitmentOfferEntityTypeConfiguration : IEntityTypeConfiguration<RecruitmentOffer>
{
    public void Configure(EntityTypeBuilder<RecruitmentOffer> builder)
    {
        builder.ToTable("recruitment_offers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.CreditCode).HasMaxLength(18);
        builder.Property(o => o.ProjectName).HasMaxLength(200);
        builder.Property(o => o.Trigger).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.RespondedBy).HasMaxLength(200);
        builder.Property(o => o.DeclineReason).HasMaxLength(500);
        // One offer per project and trigger, whichever event (or republished copy of it) arrives.
        builder.HasIndex(o => new { o.ProjectId, o.Trigger }).IsUnique();
        builder.HasIndex(o => new { o.CreditCode, o.Status });
        builder.HasOne<JobFair>().WithMany().HasForeignKey(o => o.JobFairId);
        builder.Property(o => o.Version).IsRowVersion();
    }
}
