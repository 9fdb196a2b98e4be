using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class AssistancePaymentEntityTypeConfiguration : IEntityTypeConfiguration<AssistancePayment>
{
    public const string OnePaymentPerApplication = "ux_assistance_payments_application_id";
    public const string UniqueReference = "ux_assistance_payments_reference";

    public void Configure(EntityTypeBuilder<AssistancePayment> builder)
    {
        builder.ToTable("assistance_payments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Amount).HasPrecision(12, 2);
        builder.Property(p => p.Reference).HasMaxLength(64);
        builder.Property(p => p.PaidBy).HasMaxLength(200);
        // Paid once, and a bank reference pays one application only.
        builder.HasIndex(p => p.ApplicationId).IsUnique().HasDatabaseName(OnePaymentPerApplication);
        builder.HasIndex(p => p.Reference).IsUnique().HasDatabaseName(UniqueReference);
        builder.HasOne<AssistanceApplication>().WithMany().HasForeignKey(p => p.ApplicationId);
    }
}
