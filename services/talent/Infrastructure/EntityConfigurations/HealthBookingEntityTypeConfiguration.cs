using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.EntityConfigurations;

internal sealed class HealthBookingEntityTypeConfiguration : IEntityTypeConfiguration<HealthBooking>
{
    public void Configure(EntityTypeBuilder<HealthBooking> builder)
    {
        builder.ToTable("health_bookings");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.CitizenSubject).HasMaxLength(200);
        builder.Property(b => b.Name).HasMaxLength(50);
        builder.Property(b => b.Phone).HasMaxLength(20);
        builder.Property(b => b.Address).HasMaxLength(300);
        builder.Property(b => b.Note).HasMaxLength(500);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        // A citizen holds at most one live booking per slot.
        builder.HasIndex(b => new { b.SlotId, b.CitizenSubject }).IsUnique().HasFilter("status = 'Booked'");
        builder.HasIndex(b => b.CitizenSubject);
        builder.HasOne<HealthServiceSlot>().WithMany().HasForeignKey(b => b.SlotId);
        builder.Property(b => b.Version).IsRowVersion();
    }
}
