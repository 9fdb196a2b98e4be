using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class CadreAssignmentEntityTypeConfiguration : IEntityTypeConfiguration<CadreAssignment>
{
    /// <summary>一企一策: one active assignment per firm; a second one fails on this index.</summary>
    public const string ActiveAssignmentIndex = "ix_cadre_assignments_active_credit_code";

    public void Configure(EntityTypeBuilder<CadreAssignment> builder)
    {
        builder.ToTable("cadre_assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.CreditCode).HasMaxLength(18);
        builder.HasIndex(a => a.CreditCode).IsUnique().HasFilter("active").HasDatabaseName(ActiveAssignmentIndex);
        builder.Property(a => a.CadreSubject).HasMaxLength(200);
        builder.HasIndex(a => a.CadreSubject);
        builder.Property(a => a.CadreName).HasMaxLength(100);
        builder.Property(a => a.CadreDepartmentCode).HasMaxLength(16);
        builder.Property(a => a.Plan).HasMaxLength(4000);
        builder.Property(a => a.AssignedBy).HasMaxLength(200);
        builder.HasIndex(a => new { a.Active, a.VisitDueAt });
        builder.Property(a => a.Version).IsRowVersion();
    }
}

internal sealed class FirmVisitEntityTypeConfiguration : IEntityTypeConfiguration<FirmVisit>
{
    public void Configure(EntityTypeBuilder<FirmVisit> builder)
    {
        builder.ToTable("firm_visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<CadreAssignment>().WithMany().HasForeignKey(v => v.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.CreditCode).HasMaxLength(18);
        builder.HasIndex(v => v.CreditCode);
        builder.Property(v => v.VisitedBy).HasMaxLength(200);
        builder.Property(v => v.VisitorName).HasMaxLength(100);
        builder.Property(v => v.Matters).HasMaxLength(4000);
    }
}

internal sealed class FirmMeetingEntityTypeConfiguration : IEntityTypeConfiguration<FirmMeeting>
{
    public void Configure(EntityTypeBuilder<FirmMeeting> builder)
    {
        builder.ToTable("firm_meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.Chair).HasMaxLength(100);
        builder.Property(m => m.RecordedBy).HasMaxLength(200);
        builder.HasIndex(m => m.HeldAt);
    }
}
