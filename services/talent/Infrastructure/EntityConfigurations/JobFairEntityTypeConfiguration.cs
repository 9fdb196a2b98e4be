using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class JobFairEntityTypeConfiguration : IEntityTypeConfiguration<JobFair>
{
    public void Configure(EntityTypeBuilder<JobFair> builder)
    {
        builder.ToTable("job_fairs");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Title).HasMaxLength(200);
        builder.Property(f => f.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Venue).HasMaxLength(300);
        builder.Property(f => f.CreatedBy).HasMaxLength(200);
        builder.HasIndex(f => f.StartsAt);
    }
}
