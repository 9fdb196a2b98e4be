using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class CaseNoteEntityTypeConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("case_notes");
        builder.HasKey(n => n.Id);
        // Ids are made in the domain (version-7 GUIDs): a new child found through its case's collection is an insert.
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Author).HasMaxLength(200);
        builder.Property(n => n.DepartmentCode).HasMaxLength(16);
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.HasIndex(n => new { n.CaseId, n.At });
    }
}

internal sealed class CaseExtensionEntityTypeConfiguration : IEntityTypeConfiguration<CaseExtension>
{
    public void Configure(EntityTypeBuilder<CaseExtension> builder)
    {
        builder.ToTable("case_extensions");
        builder.HasKey(e => e.Id);
        // Ids are made in the domain (version-7 GUIDs): a new child found through its case's collection is an insert.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.DepartmentCode).HasMaxLength(16);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.RequestedBy).HasMaxLength(200);
        builder.Property(e => e.DecidedBy).HasMaxLength(200);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class CaseReminderEntityTypeConfiguration : IEntityTypeConfiguration<CaseReminder>
{
    public void Configure(EntityTypeBuilder<CaseReminder> builder)
    {
        builder.ToTable("case_reminders");
        builder.HasKey(r => r.Id);
        // Ids are made in the domain (version-7 GUIDs): a new child found through its case's collection is an insert.
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.DepartmentCode).HasMaxLength(16);
        // One reminder per missed deadline: a second replica's insert fails on this key.
        builder.HasIndex(r => new { r.CaseId, r.Kind, r.DueAt }).IsUnique();
        builder.Ignore(r => r.NotificationKey);
        builder.HasIndex(r => r.NotifiedAt).HasFilter("notified_at IS NULL");
    }
}
