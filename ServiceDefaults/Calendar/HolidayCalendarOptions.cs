using Qingmeng.Contracts;

namespace Qingmeng.ServiceDefaults.Calendar;

/// <summary>Settings of the service's holiday calendar, bound from the <c>Calendar</c> section.</summary>
public sealed class HolidayCalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>
    /// How often each replica re-reads the stored schedules: only one replica consumes a <see cref="HolidayScheduleConfirmed"/>,
    /// the others learn of it here.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}
