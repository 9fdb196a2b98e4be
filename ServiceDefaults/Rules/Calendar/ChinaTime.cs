namespace Qingmeng.ServiceDefaults.Calendar;

/// <summary>
/// China Standard Time (UTC+8, no daylight saving): the zone every date on the platform is counted in, whatever the
/// server's own time zone. Instants are stored in UTC; dates, days and deadlines are China dates.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The China date of an instant.</summary>
    public static DateOnly ToChinaDate(DateTimeOffset instant) => DateOnly.FromDayNumber(DayNumber(instant));

    /// <summary>Today's China date by <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time) => ToChinaDate(time.GetUtcNow());

    /// <summary>The instant shown in China time (the same instant, +08:00).</summary>
    public static DateTimeOffset ToChinaTime(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>00:00 China time of the date, i.e. the instant the previous day's 24:00 deadline expires.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>The China day number of an instant (days since 0001-01-01), without building a date.</summary>
    public static int DayNumber(DateTimeOffset instant) => (int)((instant.UtcTicks + OffsetTicks) / TimeSpan.TicksPerDay);

    private static readonly long OffsetTicks = Offset.Ticks;

    /// <summary>A China date and time of day as an instant.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);
}
