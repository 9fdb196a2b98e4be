using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model.Cases;

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
