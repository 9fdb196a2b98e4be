using Microsoft.EntityFrameworkCore;

namespace Qingmeng.ServiceDefaults.Calendar;

public static class HolidayScheduleModelBuilderExtensions
{
    public const string TableName = "holiday_schedules";

    /// <summary>Adds the table of confirmed holiday schedules (one row per year) to the service's model.</summary>
    public static ModelBuilder AddHolidayScheduleTable(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HolidayScheduleRecord>(schedule =>
        {
            schedule.ToTable(TableName);
            schedule.HasKey(s => s.Year);
            schedule.Property(s => s.Year).ValueGeneratedNever();
            schedule.Property(s => s.Notice).HasMaxLength(200);
            schedule.Property(s => s.Holidays).HasColumnType("jsonb");
        });
        return modelBuilder;
    }
}
