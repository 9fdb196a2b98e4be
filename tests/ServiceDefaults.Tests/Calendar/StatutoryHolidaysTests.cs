using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.ServiceDefaults.Tests.Calendar;

/// <summary>The provisional calendar: statutory days off computed from 《全国年节及纪念日放假办法》 for years with no notice loaded.</summary>
public sealed class StatutoryHolidaysTests
{
    private static WorkingDayCalendar China => WorkingDayCalendar.ChinaMainland;

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void ForYear_confirmedYears_everyComputedDayIsOffInTheStateCouncilNotice(int year)
    {
        // The notices were transcribed independently of the rules: the rules must never call a confirmed working day a holiday.
        var computed = StatutoryHolidays.ForYear(year).SelectMany(h => h.DaysOff).ToList();

        // 13 statutory days (1 + 4 + 1 + 2 + 1 + 1 + 3), and one make-up weekday for each that falls on a weekend.
        Assert.Equal(13 + computed.Count(IsWeekend), computed.Distinct().Count());
        Assert.All(computed, day => Assert.False(China.IsWorkingDay(day), $"{day:yyyy-MM-dd} is a working day in the {year} notice"));
    }

    [Fact]
    public void ForYear_2027_givesTheStatutoryDaysAndMakesUpThoseOnAWeekend()
    {
        var holidays = StatutoryHolidays.ForYear(2027).ToDictionary(h => h.NameZh, h => h.DaysOff.Select(d => d.ToString("yyyy-MM-dd")).ToArray());

        Assert.Equal(["2027-01-01"], holidays["元旦"]);
        // 除夕 Fri 5 Feb, 初一 Sat 6 Feb, 初二 Sun 7 Feb, 初三 Mon 8 Feb; the weekend two are made up on Tue and Wed.
        Assert.Equal(["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10"], holidays["春节"]);
        Assert.Equal(["2027-04-05"], holidays["清明节"]);
        Assert.Equal(["2027-05-01", "2027-05-02", "2027-05-03", "2027-05-04"], holidays["劳动节"]);
        Assert.Equal(["2027-06-09"], holidays["端午节"]);
        Assert.Equal(["2027-09-15"], holidays["中秋节"]);
        Assert.Equal(["2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05"], holidays["国庆节"]);
    }

    [Fact]
    public void ForYear_leapLunarYear_findsFestivalsAfterTheLeapMonth()
    {
        // 2025 has a leap sixth month: 中秋 (8/15) is 6 October, not a month early.
        Assert.Equal([new DateOnly(2025, 10, 6)], StatutoryHolidays.ForYear(2025).Single(h => h.NameZh == "中秋节").DaysOff);
    }

    [Fact]
    public void ChinaMainland_yearWithoutNotice_isProvisionalAndKeepsItsStatutoryHolidays()
    {
        Assert.False(China.CoversYear(2027));
        Assert.True(China.IsProvisional(new DateOnly(2027, 1, 1)));
        Assert.False(China.IsProvisional(new DateOnly(2026, 12, 31)));
        Assert.False(China.IsWorkingDay(new DateOnly(2027, 1, 1)));   // 元旦, a Friday
        Assert.False(China.IsWorkingDay(new DateOnly(2027, 2, 10)));  // the Spring Festival's second make-up day
        Assert.True(China.IsWorkingDay(new DateOnly(2027, 2, 11)));
    }

    [Fact]
    public void AddWorkingDays_twentyDaysFromTheWalkthroughsRegistration_neverEndsOnNewYearsDay()
    {
        // Registered on Sunday 6 December 2026: the 20th working day is Monday 4 January 2027, as 1 January is a holiday.
        var due = China.AddWorkingDays(new DateTimeOffset(2026, 12, 6, 10, 0, 0, ChinaTime.Offset), 20);

        Assert.Equal(new DateTimeOffset(2027, 1, 5, 0, 0, 0, ChinaTime.Offset), due);
        Assert.True(China.IsProvisional(due));
    }

    [Theory]
    [InlineData(2000)]
    [InlineData(2100)]
    public void ForYear_outsideTheRulesRange_throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryHolidays.ForYear(year));

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
