using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class HealthServiceSlotEntityTypeConfiguration : IEntityTypeConfiguration<HealthServiceSlot>
{
    public void Configure(EntityTypeBuilder<HealthServiceSlot> builder)
    {
        builder.ToTable("health_service_slots", t => t.HasCheckConstraint("ck_health_service_slots_within_capacity", "booked >= 0 AND booked <= capacity"));
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.ServiceId, s.Date, s.StartsAt }).IsUnique();
        builder.Ignore(s => s.StartsAtInstant);
        builder.HasOne<HealthService>().WithMany().HasForeignKey(s => s.ServiceId);
    }
}
