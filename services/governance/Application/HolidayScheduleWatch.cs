using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Application;

/// <summary>
/// The State Council publishes next year's schedule in November or December; from 1 November (China time) until it is
/// loaded, deadlines that reach into next year are provisional, and operators are told so.
/// </summary>
public static class HolidayScheduleWatch
{
    public const string HealthCheckName = "holiday-schedule";

    /// <summary>The month from which next year's missing schedule is a warning.</summary>
    public const int WarnFromMonth = 11;

    /// <summary>The year whose schedule should be loaded by now and is not; null when there is nothing to warn about.</summary>
    public static int? UnconfirmedNextYear(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var today = ChinaTime.ToChinaDate(now);
        var next = today.Year + 1;
        return today.Month >= WarnFromMonth && !calendar.CoversYear(next) ? next : null;
    }
}
