using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Identity.Model;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Identity.Infrastructure.EntityConfigurations;

internal sealed class PlatformAccountEntityTypeConfiguration : IEntityTypeConfiguration<PlatformAccount>
{
    public void Configure(EntityTypeBuilder<PlatformAccount> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(64).IsRequired();
        user.Property(u => u.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsFixedLength();
        user.Property(u => u.ResidentIdNumber).HasMaxLength(ResidentIdNumber.Length).IsFixedLength();
        user.Property(u => u.DepartmentCode).HasMaxLength(16);
        user.Property(u => u.BankCode).HasMaxLength(16);

        // A firm's users are looked up by its code; one person holds one resident ID.
        user.HasIndex(u => u.CreditCode);
        user.HasIndex(u => u.ResidentIdNumber).IsUnique();
    }
}
