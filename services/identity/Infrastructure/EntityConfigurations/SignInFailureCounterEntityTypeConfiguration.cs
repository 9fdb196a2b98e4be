using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Identity.Model;

namespace Qingmeng.Identity.Infrastructure.EntityConfigurations;

internal sealed class SignInFailureCounterEntityTypeConfiguration : IEntityTypeConfiguration<SignInFailureCounter>
{
    public void Configure(EntityTypeBuilder<SignInFailureCounter> counter)
    {
        counter.ToTable("sign_in_failure_counters");
        counter.HasKey(c => c.Key);
        counter.Property(c => c.Key).HasMaxLength(SignInFailureCounter.KeyLength);
        // Pruning deletes counters nobody has touched for a while.
        counter.HasIndex(c => c.LastFailureAt);
    }
}
