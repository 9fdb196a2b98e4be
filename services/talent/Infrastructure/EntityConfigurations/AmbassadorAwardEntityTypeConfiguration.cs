using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class AmbassadorAwardEntityTypeConfiguration : IEntityTypeConfiguration<AmbassadorAward>
{
    public void Configure(EntityTypeBuilder<AmbassadorAward> builder)
    {
        builder.ToTable("ambassador_awards");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(50);
        builder.Property(a => a.AwardedBy).HasMaxLength(200);
        // Once per ambassador and year: the database decides two admins awarding at once.
        builder.HasIndex(a => new { a.AmbassadorId, a.Year }).IsUnique();
        builder.HasIndex(a => a.Year);
        builder.HasOne<Ambassador>().WithMany().HasForeignKey(a => a.AmbassadorId);
    }
}
