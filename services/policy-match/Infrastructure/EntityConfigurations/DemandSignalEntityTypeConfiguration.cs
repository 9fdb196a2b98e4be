using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.PolicyMatch.Model;

namespace Qingmeng.PolicyMatch.Infrastructure.EntityConfigurations;

internal sealed class DemandSignalEntityTypeConfiguration : IEntityTypeConfiguration<DemandSignal>
{
    public void Configure(EntityTypeBuilder<DemandSignal> builder)
    {
        builder.ToTable("demand_signals");
        builder.HasKey(s => s.Id);
        // Belt and braces with the inbox: one signal per source event even if a consumer is misconfigured.
        builder.HasIndex(s => s.SourceEventId).IsUnique();
        builder.Property(s => s.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Reference).HasMaxLength(64);
        builder.Property(s => s.Topic).HasMaxLength(64);
        builder.Property(s => s.Theme).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Detail).HasMaxLength(4000);
        builder.Property(s => s.CreditCode).HasMaxLength(18);
        builder.HasIndex(s => new { s.Topic, s.OccurredAt });
        builder.HasIndex(s => new { s.Theme, s.OccurredAt });
        builder.HasIndex(s => s.OccurredAt);
        builder.OwnsMany(s => s.Matches, matches =>
        {
            matches.ToJson("matches");
            matches.Property(m => m.PolicyCode).HasMaxLength(32);
        });
    }
}
