using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class CaseEntityTypeConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ModuleCode).HasMaxLength(32);
        builder.Property(c => c.ServiceCode).HasMaxLength(32);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.CreditCode).HasMaxLength(18);
        builder.Property(c => c.Place).HasMaxLength(200);
        builder.Property(c => c.ContactPhone).HasMaxLength(20);
        // Unconstrained numeric: the caller's digits come back exactly as sent (no float rounding, no fixed scale).
        builder.Property(c => c.Latitude).HasColumnType("numeric");
        builder.Property(c => c.Longitude).HasColumnType("numeric");
        builder.Property(c => c.Address).HasMaxLength(200);
        builder.Property(c => c.ContactEmail).HasMaxLength(254);
        builder.Property(c => c.ContactFirstName).HasMaxLength(50);
        builder.Property(c => c.ContactLastName).HasMaxLength(50);
        builder.Property(c => c.MediaUrl).HasMaxLength(1000);
        builder.Property(c => c.AddressId).HasMaxLength(100);
        builder.Property(c => c.DeviceId).HasMaxLength(100);
        builder.Property(c => c.AccountId).HasMaxLength(100);
        builder.Property(c => c.SourceReference).HasMaxLength(100);
        builder.HasIndex(c => c.SourceReference).IsUnique();
        builder.Property(c => c.LeadDepartmentCode).HasMaxLength(16);
        builder.Property(c => c.Resolution).HasMaxLength(4000);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(100);
        // A key is the caller's own: two callers may pick the same one (the README's example, say) without colliding.
        builder.HasIndex(c => new { c.FiledBy, c.IdempotencyKey }).IsUnique().HasDatabaseName(GovernanceContext.CaseIdempotencyIndex);
        builder.HasIndex(c => new { c.Status, c.FiledAt });
        builder.HasIndex(c => new { c.ModuleCode, c.FiledAt });
        builder.HasIndex(c => new { c.LeadDepartmentCode, c.Status });
        builder.Property(c => c.FiledBy).HasMaxLength(200);
        builder.HasIndex(c => c.FiledBy);
        builder.Property(c => c.FiledByCreditCode).HasMaxLength(18);
        builder.HasIndex(c => c.CreditCode);
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.PendingCoHandlers);
        builder.Ignore(c => c.ClosedOnTime);
        builder.Ignore(c => c.CurrentDeadline);

        builder.HasMany(c => c.Dispatches).WithOne().HasForeignKey(d => d.CaseId);
        builder.Navigation(c => c.Dispatches).HasField("_dispatches").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.CoHandlers).WithOne().HasForeignKey(h => h.CaseId);
        builder.Navigation(c => c.CoHandlers).HasField("_coHandlers").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.CaseId);
        builder.Navigation(c => c.Notes).HasField("_notes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Extensions).WithOne().HasForeignKey(e => e.CaseId);
        builder.Navigation(c => c.Extensions).HasField("_extensions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseDispatchEntityTypeConfiguration : IEntityTypeConfiguration<CaseDispatch>
{
    public void Configure(EntityTypeBuilder<CaseDispatch> builder)
    {
        builder.ToTable("case_dispatches");
        builder.HasKey(d => d.Id);
        // Ids are made in the domain (version-7 GUIDs): a new child found through its case's collection is an insert.
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.DepartmentCode).HasMaxLength(16);
        builder.Property(d => d.DispatchedBy).HasMaxLength(200);
        builder.Property(d => d.ReturnReason).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(d => new { d.DepartmentCode, d.DispatchedAt });
        // The KPI period of every department at once (the centre's report, the gauges' snapshot): a month's range, not the table.
        builder.HasIndex(d => d.DispatchedAt);
    }
}

internal sealed class CaseCoHandlerEntityTypeConfiguration : IEntityTypeConfiguration<CaseCoHandler>
{
    public void Configure(EntityTypeBuilder<CaseCoHandler> builder)
    {
        builder.ToTable("case_co_handlers");
        builder.HasKey(h => new { h.CaseId, h.DepartmentCode });
        builder.Property(h => h.DepartmentCode).HasMaxLength(16);
        builder.Property(h => h.Report).HasMaxLength(4000);
        builder.HasIndex(h => h.DepartmentCode);
    }
}

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

internal sealed class CatalogueEntityTypeConfiguration :
    IEntityTypeConfiguration<Department>, IEntityTypeConfiguration<GovernanceModule>, IEntityTypeConfiguration<ServiceType>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("departments");
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(16);
        builder.Property(d => d.Name).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<GovernanceModule> builder)
    {
        builder.ToTable("modules");
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(32);
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.Property(m => m.DefaultDepartmentCode).HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<ServiceType> builder)
    {
        builder.ToTable("service_types");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(32);
        builder.Property(s => s.ModuleCode).HasMaxLength(32);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Description).HasMaxLength(500);
        builder.HasIndex(s => s.ModuleCode);
    }
}
