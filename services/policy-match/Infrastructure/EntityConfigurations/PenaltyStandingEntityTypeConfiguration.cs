using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.PolicyMatch.Model.Profiles;

namespace Qingmeng.PolicyMatch.Infrastructure.EntityConfigurations;

internal sealed class PenaltyStandingEntityTypeConfiguration : IEntityTypeConfiguration<PenaltyStanding>
{
    public void Configure(EntityTypeBuilder<PenaltyStanding> builder)
    {
        builder.ToTable("penalty_standings");
        builder.HasKey(p => new { p.CreditCode, p.PenaltyReference });
        builder.Property(p => p.CreditCode).HasMaxLength(18);
        builder.Property(p => p.PenaltyReference).HasMaxLength(100);
        builder.Ignore(p => p.IsOpen);
    }
}
