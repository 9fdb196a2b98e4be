using System.Globalization;

namespace Qingmeng.ServiceDefaults.Calendar;

/// <summary>
/// The statutory days off of a year computed from 《全国年节及纪念日放假办法》 as amended by State Council Decree No. 795
/// (in force since 1 January 2025): 元旦 1 day, 春节 4 days (除夕 to 正月初三), 清明节 1 day, 劳动节 2 days, 端午节 1 day,
/// 中秋节 1 day, 国庆节 3 days. Holidays for all citizens that fall on a Saturday or Sunday are made up on the following
/// working days (§6: 适逢星期六、星期日，应当在工作日补假). This is the provisional calendar for a year whose State Council
/// notice is not loaded yet: the notice adds 调休 (weekend swaps) that no rule predicts, so those dates stay provisional.
/// </summary>
public static class StatutoryHolidays
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>The first and last years the lunisolar calendar (and so this computation) supports.</summary>
    public static int FirstSupportedYear => Lunar.MinSupportedDateTime.Year + 1;

    public static int LastSupportedYear => Lunar.MaxSupportedDateTime.Year - 1;

    /// <summary>Every statutory day off of <paramref name="year"/>, including the weekdays that make up for holidays on a weekend.</summary>
    public static IReadOnlyList<StatutoryHoliday> ForYear(int year)
    {
        if (year < Math.Max(FirstSupportedYear, 2001) || year > Math.Min(LastSupportedYear, 2099))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Statutory holidays are computed for 2001–2099 (the solar-term rule used for 清明).");
        }

        var springFestival = LunarDate(year, 1, 1);
        List<(string Zh, string En, DateOnly[] Days)> holidays =
        [
            ("元旦", "New Year's Day", [new DateOnly(year, 1, 1)]),
            ("春节", "Spring Festival", [springFestival.AddDays(-1), springFestival, springFestival.AddDays(1), springFestival.AddDays(2)]),
            ("清明节", "Qingming Festival", [Qingming(year)]),
            ("劳动节", "Labour Day", [new DateOnly(year, 5, 1), new DateOnly(year, 5, 2)]),
            ("端午节", "Dragon Boat Festival", [LunarDate(year, 5, 5)]),
            ("中秋节", "Mid-Autumn Festival", [LunarDate(year, 8, 15)]),
            ("国庆节", "National Day", [new DateOnly(year, 10, 1), new DateOnly(year, 10, 2), new DateOnly(year, 10, 3)]),
        ];

        var daysOff = holidays.SelectMany(h => h.Days).ToHashSet();
        var result = new List<StatutoryHoliday>();
        foreach (var (zh, en, days) in holidays)
        {
            var made = new List<DateOnly>();
            foreach (var weekendDay in days.Where(IsWeekend))
            {
                var makeUp = weekendDay.AddDays(1);
                while (IsWeekend(makeUp) || daysOff.Contains(makeUp))
                {
                    makeUp = makeUp.AddDays(1);
                }
                daysOff.Add(makeUp);
                made.Add(makeUp);
            }
            result.Add(new StatutoryHoliday(zh, en, [.. days, .. made]));
        }
        return result;
    }

    /// <summary>The Gregorian date of a (non-leap) lunar month and day in the lunar year that begins in <paramref name="year"/>.</summary>
    private static DateOnly LunarDate(int year, int month, int day)
    {
        // A leap month takes the index after the month it repeats, so later months shift by one.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    /// <summary>
    /// 清明, the solar term at the sun's ecliptic longitude 15°, by the usual 21st-century approximation: day = ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋ of
    /// April, Y the year's last two digits (4 or 5 April throughout this century).
    /// </summary>
    private static DateOnly Qingming(int year)
    {
        var y = year % 100;
        return new DateOnly(year, 4, (int)Math.Floor((y * 0.2422) + 4.81) - (y / 4));
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

/// <summary>A statutory holiday and the days off it gives (its own days, then any make-up weekdays).</summary>
public sealed record StatutoryHoliday(string NameZh, string NameEn, IReadOnlyList<DateOnly> DaysOff);
