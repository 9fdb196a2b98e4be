using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

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
