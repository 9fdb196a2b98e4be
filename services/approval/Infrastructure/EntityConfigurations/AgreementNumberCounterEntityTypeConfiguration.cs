using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Infrastructure.EntityConfigurations;

internal sealed class AgreementNumberCounterEntityTypeConfiguration : IEntityTypeConfiguration<AgreementNumberCounter>
{
    public const string Table = "agreement_number_counters";

    public void Configure(EntityTypeBuilder<AgreementNumberCounter> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(c => c.Year);
        // The year is the signing's, never generated.
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}
