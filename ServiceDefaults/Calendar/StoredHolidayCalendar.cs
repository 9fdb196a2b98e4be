using Microsoft.EntityFrameworkCore;

namespace Qingmeng.ServiceDefaults.Calendar;

public static class StoredHolidayCalendar
{
    /// <summary>
    /// The compiled-in calendar with every schedule stored in <paramref name="db"/>'s replica: for code that runs before
    /// <see cref="HolidayScheduleReplica{TContext}"/> has loaded them into <see cref="HolidayCalendar"/> (seeders run in the migration step).
    /// </summary>
    public static async Task<WorkingDayCalendar> LoadWorkingDayCalendarAsync(this DbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Set<HolidayScheduleRecord>().AsNoTracking().ToListAsync(cancellationToken);
        return WorkingDayCalendar.ChinaMainlandWith(stored.Select(s => s.ToSchedule()));
    }
}
