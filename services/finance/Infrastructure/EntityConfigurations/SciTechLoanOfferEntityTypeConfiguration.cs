using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class SciTechLoanOfferEntityTypeConfiguration : IEntityTypeConfiguration<SciTechLoanOffer>
{
    public void Configure(EntityTypeBuilder<SciTechLoanOffer> builder)
    {
        builder.ToTable("scitech_loan_offers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.CreditCode).HasMaxLength(18);
        builder.Property(o => o.HighestTier).HasMaxLength(8);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.RespondedBy).HasMaxLength(200);
        // One open offer per firm: a second certification adds to it rather than opening another.
        builder.HasIndex(o => o.CreditCode).IsUnique().HasFilter("status = 'Offered'");
        builder.Property(o => o.Version).IsRowVersion();
    }
}
