using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class LabourDisputeEntityTypeConfiguration : IEntityTypeConfiguration<LabourDispute>
{
    public void Configure(EntityTypeBuilder<LabourDispute> builder)
    {
        builder.ToTable("labour_disputes");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Number).HasMaxLength(32);
        builder.HasIndex(d => d.Number).IsUnique();
        builder.Property(d => d.ApplicantName).HasMaxLength(50);
        builder.Property(d => d.ApplicantIdMasked).HasMaxLength(18);
        builder.Property(d => d.ApplicantKey).HasMaxLength(64);
        builder.HasIndex(d => d.ApplicantKey);
        builder.Property(d => d.ApplicantPhone).HasMaxLength(20);
        builder.Property(d => d.RespondentCreditCode).HasMaxLength(18);
        builder.Property(d => d.RespondentName).HasMaxLength(200);
        builder.HasIndex(d => new { d.RespondentCreditCode, d.FiledAt });
        builder.Property(d => d.ClaimType).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.ClaimedAmount).HasPrecision(14, 2);
        builder.Property(d => d.Facts).HasMaxLength(4000);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(d => new { d.Status, d.FiledAt });
        builder.Property(d => d.FiledBy).HasMaxLength(200);
        builder.HasIndex(d => d.FiledBy);
        builder.Property(d => d.DecidedBy).HasMaxLength(200);
        builder.Property(d => d.RefusalReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.RefusalNote).HasMaxLength(1000);
        builder.Property(d => d.ExtensionReason).HasMaxLength(1000);
        builder.Property(d => d.ExtensionRequestedBy).HasMaxLength(200);
        builder.Property(d => d.ExtensionDecidedBy).HasMaxLength(200);
        builder.Property(d => d.AwardedBy).HasMaxLength(200);
        builder.Property(d => d.AwardOutcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.AwardedAmount).HasPrecision(14, 2);
        builder.Property(d => d.AwardSummary).HasMaxLength(4000);
        builder.HasIndex(d => d.GroupId);
        builder.HasIndex(d => d.CaseId);
        builder.Property(d => d.CourtRoute).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.CourtName).HasMaxLength(200);
        builder.Property(d => d.LiaisonOfficer).HasMaxLength(50);
        builder.Property(d => d.CourtStage).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.ClosedBy).HasMaxLength(200);
        builder.Property(d => d.Closure).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.ClosureNote).HasMaxLength(1000);
        builder.Property(d => d.Version).IsRowVersion();
        builder.Ignore(d => d.CurrentDeadline);
        builder.Ignore(d => d.DecidedLate);
        builder.Ignore(d => d.AwardedLate);
    }
}

internal sealed class LabourDisputeReminderEntityTypeConfiguration : IEntityTypeConfiguration<LabourDisputeReminder>
{
    public void Configure(EntityTypeBuilder<LabourDisputeReminder> builder)
    {
        builder.ToTable("labour_dispute_reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        // One reminder per missed deadline: a second replica's insert fails on this key.
        builder.HasIndex(r => new { r.DisputeId, r.Kind, r.DueAt }).IsUnique();
        builder.Ignore(r => r.NotificationKey);
        builder.HasIndex(r => r.NotifiedAt).HasFilter("notified_at IS NULL");
    }
}

internal sealed class LabourEarlyWarningEntityTypeConfiguration : IEntityTypeConfiguration<LabourEarlyWarning>
{
    public void Configure(EntityTypeBuilder<LabourEarlyWarning> builder)
    {
        builder.ToTable("labour_early_warnings");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.CreditCode).HasMaxLength(18);
        // At most one open warning per firm: a second replica's warning fails on this key.
        builder.HasIndex(w => w.CreditCode).IsUnique().HasFilter("resolved_at IS NULL").HasDatabaseName("ix_labour_early_warnings_open_per_firm");
        builder.HasIndex(w => new { w.CreditCode, w.RaisedAt });
        builder.PrimitiveCollection(w => w.Triggers).ElementType(e => e.HasConversion<string>());
        builder.Property(w => w.CaseNumber).HasMaxLength(32);
        builder.Property(w => w.ResolvedBy).HasMaxLength(200);
        builder.Property(w => w.Resolution).HasMaxLength(2000);
        builder.Property(w => w.Version).IsRowVersion();
        builder.Ignore(w => w.SourceReference);
    }
}
