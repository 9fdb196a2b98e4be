using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Infrastructure.EntityConfigurations;

internal sealed class ScorecardFactEntityTypeConfiguration : IEntityTypeConfiguration<ScorecardFact>
{
    public void Configure(EntityTypeBuilder<ScorecardFact> builder)
    {
        builder.ToTable("scorecard_facts");
        // The event id: a redelivered event is never a second fact.
        builder.HasKey(f => f.EventId);
        builder.Property(f => f.EventId).ValueGeneratedNever();
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Subject).HasMaxLength(64);
        builder.HasIndex(f => f.Subject);
        builder.Property(f => f.CreditCode).HasMaxLength(32);
        builder.Property(f => f.Amount).HasPrecision(18, 2);
        builder.Property(f => f.Label).HasMaxLength(ScorecardFact.LabelLength);
        builder.Property(f => f.Channel).HasMaxLength(ScorecardFact.ChannelLength);
        builder.Ignore(f => f.IsStandalone);
    }
}

internal sealed class ScorecardSubjectEntityTypeConfiguration : IEntityTypeConfiguration<ScorecardSubject>
{
    public void Configure(EntityTypeBuilder<ScorecardSubject> builder)
    {
        builder.ToTable("scorecard_subjects");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.Version).IsRowVersion();
    }
}

internal sealed class ScorecardAggregateEntityTypeConfiguration : IEntityTypeConfiguration<ScorecardAggregate>
{
    public void Configure(EntityTypeBuilder<ScorecardAggregate> builder)
    {
        builder.ToTable("scorecard_aggregates");
        builder.HasKey(a => new { a.Year, a.Period, a.Measure });
        builder.Property(a => a.Period).HasMaxLength(3);
        builder.Property(a => a.Measure).HasMaxLength(40);
        builder.Property(a => a.Value).HasPrecision(20, 2);
        builder.Property(a => a.Version).IsRowVersion();
    }
}
