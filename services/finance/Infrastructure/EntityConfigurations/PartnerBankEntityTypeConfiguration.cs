using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure.EntityConfigurations;

internal sealed class PartnerBankEntityTypeConfiguration : IEntityTypeConfiguration<PartnerBank>
{
    public void Configure(EntityTypeBuilder<PartnerBank> builder)
    {
        builder.ToTable("banks");
        builder.HasKey(b => b.Code);
        builder.Property(b => b.Code).HasMaxLength(32);
        builder.Property(b => b.Name).HasMaxLength(100);
        builder.Property(b => b.NotificationRecipient).HasMaxLength(200);
    }
}
