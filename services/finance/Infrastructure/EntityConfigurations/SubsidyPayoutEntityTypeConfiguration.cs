using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class SubsidyPayoutEntityTypeConfiguration : IEntityTypeConfiguration<SubsidyPayout>
{
    public void Configure(EntityTypeBuilder<SubsidyPayout> builder)
    {
        builder.ToTable("subsidy_payouts");
        builder.HasKey(s => s.Id);
        builder.HasOne<Referral>().WithMany().HasForeignKey(s => s.LoanId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Amount).HasPrecision(18, 2);
        builder.Property(s => s.PaidBy).HasMaxLength(200);
    }
}
