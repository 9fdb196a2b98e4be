using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class CompetitionEntryEntityTypeConfiguration : IEntityTypeConfiguration<CompetitionEntry>
{
    public void Configure(EntityTypeBuilder<CompetitionEntry> builder)
    {
        builder.ToTable("competition_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ProjectName).HasMaxLength(200);
        builder.HasIndex(e => new { e.Edition, e.ProjectName }).IsUnique();
        builder.Property(e => e.TeamLead).HasMaxLength(50);
        builder.Property(e => e.Track).HasMaxLength(50);
        builder.Property(e => e.Award).HasMaxLength(50);
        builder.Property(e => e.LandingStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.LandedCreditCode).HasMaxLength(18);
        builder.Property(e => e.Version).IsRowVersion();
    }
}
