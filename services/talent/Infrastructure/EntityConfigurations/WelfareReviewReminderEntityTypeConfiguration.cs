using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class WelfareReviewReminderEntityTypeConfiguration : IEntityTypeConfiguration<WelfareReviewReminder>
{
    public void Configure(EntityTypeBuilder<WelfareReviewReminder> builder)
    {
        builder.ToTable("welfare_review_reminders");
        builder.HasKey(r => r.Id);
        // One reminder per household and due date, whatever the job's rounds and replicas do.
        builder.HasIndex(r => new { r.HouseholdId, r.DueOn }).IsUnique();
        builder.HasIndex(r => r.SentAt);
        builder.HasOne<WelfareHousehold>().WithMany().HasForeignKey(r => r.HouseholdId);
    }
}
