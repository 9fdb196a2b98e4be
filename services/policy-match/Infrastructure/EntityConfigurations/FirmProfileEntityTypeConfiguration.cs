using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.PolicyMatch.Model.Profiles;

namespace Qingmeng.PolicyMatch.Infrastructure.EntityConfigurations;

internal sealed class FirmProfileEntityTypeConfiguration : IEntityTypeConfiguration<FirmProfile>
{
    public void Configure(EntityTypeBuilder<FirmProfile> builder)
    {
        builder.ToTable("firm_profiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.CreditCode).HasMaxLength(18);
        builder.HasIndex(p => p.CreditCode).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.ContactMobile).HasMaxLength(20);
        builder.Property(p => p.ContactSubject).HasMaxLength(200);
        builder.Ignore(p => p.PushRecipient);
        builder.Property(p => p.Facts).HasJsonColumn();
        builder.Property(p => p.Declarations).HasJsonColumn();
        builder.Property(p => p.RowVersion).IsRowVersion();
    }
}
