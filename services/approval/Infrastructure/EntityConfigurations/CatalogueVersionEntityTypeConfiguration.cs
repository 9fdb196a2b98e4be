using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults;

namespace Qingmeng.Approval.Infrastructure.EntityConfigurations;

internal sealed class CatalogueVersionEntityTypeConfiguration : IEntityTypeConfiguration<CatalogueVersion>
{
    public void Configure(EntityTypeBuilder<CatalogueVersion> builder)
    {
        builder.ToTable("catalogue_versions");
        builder.HasKey(v => v.Version);
        builder.Property(v => v.Version).ValueGeneratedNever();
        builder.Property(v => v.PublishedBy).HasMaxLength(200);
        builder.Property(v => v.Note).HasMaxLength(1000);
        builder.Property(v => v.Document)
            .HasColumnType("jsonb")
            .HasConversion(
                d => JsonSerializer.Serialize(d, PlatformJson.Options),
                s => JsonSerializer.Deserialize<CatalogueDocument>(s, PlatformJson.Options)!);
    }
}
