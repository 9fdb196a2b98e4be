using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.ServiceDefaults.Tests.Calendar;

/// <summary>Schedules loaded as data: the year becomes confirmed, its 调休 days are working days, and a stale refresh never undoes it.</summary>
public sealed class HolidayCalendarTests
{
    private static readonly DateTimeOffset LoadedAt = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    private static HolidaySchedule Schedule2027(params DateOnly[] makeUpWorkdays) => new(2027, "测试用 2027 年节假日安排",
    [
        new ScheduledHoliday("元旦", [new DateOnly(2027, 1, 1)], []),
        new ScheduledHoliday("春节", [.. Enumerable.Range(5, 7).Select(day => new DateOnly(2027, 2, day))], makeUpWorkdays),
    ]);

    [Fact]
    public void Confirm_a_schedule_makes_its_year_confirmed_and_its_make_up_Saturday_a_working_day()
    {
        var calendar = new HolidayCalendar();
        var saturday = new DateOnly(2027, 2, 20);
        Assert.True(calendar.Current.IsProvisional(saturday));
        Assert.False(calendar.Current.IsWorkingDay(saturday));

        calendar.Confirm(Schedule2027(saturday), LoadedAt);

        Assert.False(calendar.Current.IsProvisional(saturday));
        Assert.True(calendar.Current.IsWorkingDay(saturday));
        Assert.False(calendar.Current.IsWorkingDay(new DateOnly(2027, 2, 10)));
        Assert.True(calendar.Current.IsProvisional(new DateOnly(2028, 1, 3)));
    }

    [Fact]
    public void Load_of_rows_read_before_a_newer_confirmation_keeps_the_newer_schedule()
    {
        var calendar = new HolidayCalendar();
        var saturday = new DateOnly(2027, 2, 20);
        calendar.Confirm(Schedule2027(saturday), LoadedAt);

        calendar.Load([]);
        calendar.Load([(Schedule2027(), LoadedAt.AddMinutes(-5))]);

        Assert.True(calendar.Current.IsWorkingDay(saturday));
        Assert.False(calendar.Current.IsProvisional(saturday));
    }

    [Fact]
    public void ChinaMainlandWith_a_schedule_after_a_gap_leaves_the_year_provisional()
    {
        var schedule2028 = new HolidaySchedule(2028, "测试用 2028 年节假日安排", [new ScheduledHoliday("元旦", [new DateOnly(2028, 1, 1)], [])]);

        var calendar = WorkingDayCalendar.ChinaMainlandWith([schedule2028]);

        Assert.Equal(WorkingDayCalendar.ChinaMainland.LastCoveredYear, calendar.LastCoveredYear);
        Assert.True(calendar.IsProvisional(new DateOnly(2028, 3, 1)));
    }
}
