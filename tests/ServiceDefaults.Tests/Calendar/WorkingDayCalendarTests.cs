using System.Text;
using System.Text.Json;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.ServiceDefaults.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    private static WorkingDayCalendar China => WorkingDayCalendar.ChinaMainland;

    // Every 放假 range from 国办发明电〔2024〕12号 (2025) and 国办发明电〔2025〕7号 (2026).
    private static readonly (string From, string To)[] Breaks =
    [
        ("2025-01-01", "2025-01-01"), // 元旦
        ("2025-01-28", "2025-02-04"), // 春节
        ("2025-04-04", "2025-04-06"), // 清明节
        ("2025-05-01", "2025-05-05"), // 劳动节
        ("2025-05-31", "2025-06-02"), // 端午节
        ("2025-10-01", "2025-10-08"), // 国庆节、中秋节
        ("2026-01-01", "2026-01-03"), // 元旦
        ("2026-02-15", "2026-02-23"), // 春节
        ("2026-04-04", "2026-04-06"), // 清明节
        ("2026-05-01", "2026-05-05"), // 劳动节
        ("2026-06-19", "2026-06-21"), // 端午节
        ("2026-09-25", "2026-09-27"), // 中秋节
        ("2026-10-01", "2026-10-07"), // 国庆节
    ];

    // Every 调休上班 day from the same notices; all are Saturdays or Sundays.
    private static readonly string[] MakeUpDays =
    [
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ];

    public static TheoryData<string, string> DaysOffRanges()
    {
        var data = new TheoryData<string, string>();
        foreach (var (from, to) in Breaks)
        {
            data.Add(from, to);
        }

        return data;
    }

    public static TheoryData<string> MakeUpWorkdays()
    {
        var data = new TheoryData<string>();
        foreach (var day in MakeUpDays)
        {
            data.Add(day);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DaysOffRanges))]
    public void IsWorkingDay_statutoryDayOff_isFalse(string from, string to)
    {
        for (var day = Date(from); day <= Date(to); day = day.AddDays(1))
        {
            Assert.False(China.IsWorkingDay(day), $"{day:yyyy-MM-dd} is a statutory day off");
        }
    }

    [Theory]
    [MemberData(nameof(DaysOffRanges))]
    public void IsWorkingDay_daysAdjacentToHolidayBreak_areWorkingOrWeekendOnly(string from, string to)
    {
        // The day before and after each break must be an ordinary day or a make-up day, never an unlisted holiday.
        foreach (var day in new[] { Date(from).AddDays(-1), Date(to).AddDays(1) }.Where(d => China.CoversYear(d.Year)))
        {
            var isWeekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var isMakeUp = MakeUpDays.Any(d => Date(d) == day);
            Assert.Equal(!isWeekend || isMakeUp, China.IsWorkingDay(day));
        }
    }

    [Theory]
    [MemberData(nameof(MakeUpWorkdays))]
    public void IsWorkingDay_makeUpWeekendDay_isTrue(string date)
    {
        var day = Date(date);
        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(China.IsWorkingDay(day));
    }

    [Theory]
    [InlineData(2025, 248, 28)]
    [InlineData(2026, 248, 33)]
    public void IsWorkingDay_wholeYear_matchesNoticeTotals(int year, int expectedWorkingDays, int expectedDaysOffInBreaks)
    {
        var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
            .Select(i => new DateOnly(year, 1, 1).AddDays(i))
            .ToList();

        Assert.Equal(expectedWorkingDays, days.Count(China.IsWorkingDay));
        var daysOffInBreaks = Breaks.Where(b => Date(b.From).Year == year).Sum(b => Date(b.To).DayNumber - Date(b.From).DayNumber + 1);
        Assert.Equal(expectedDaysOffInBreaks, daysOffInBreaks);
    }

    [Theory]
    [InlineData("2026-03-04")] // Wednesday
    [InlineData("2025-12-31")] // Wednesday before 元旦 2026
    public void IsWorkingDay_ordinaryWeekday_isTrue(string date) => Assert.True(China.IsWorkingDay(Date(date)));

    [Theory]
    [InlineData("2026-03-07")] // Saturday
    [InlineData("2025-02-09")] // Sunday right after the 2025-02-08 make-up Saturday
    public void IsWorkingDay_ordinaryWeekend_isFalse(string date) => Assert.False(China.IsWorkingDay(Date(date)));

    [Fact]
    public void AddWorkingDays_across2026SpringFestival_skipsHolidayAndCountsMakeUpSaturday()
    {
        var acceptedFridayMorning = At("2026-02-13T10:00:00+08:00");

        Assert.Equal(At("2026-02-15T00:00:00+08:00"), China.AddWorkingDays(acceptedFridayMorning, 1)); // Sat 2/14 make-up day
        Assert.Equal(At("2026-02-25T00:00:00+08:00"), China.AddWorkingDays(acceptedFridayMorning, 2)); // Tue 2/24, after 2/15–2/23
        Assert.Equal(At("2026-03-01T00:00:00+08:00"), China.AddWorkingDays(acceptedFridayMorning, 6)); // Sat 2/28 make-up day
    }

    [Fact]
    public void AddWorkingDays_acrossNationalDay2026_skipsBreakAndCountsBothMakeUpDays()
    {
        Assert.Equal(At("2026-09-21T00:00:00+08:00"), China.AddWorkingDays(At("2026-09-19T09:00:00+08:00"), 1)); // Sun 9/20
        Assert.Equal(At("2026-10-09T00:00:00+08:00"), China.AddWorkingDays(At("2026-09-30T09:00:00+08:00"), 1)); // Thu 10/8
        Assert.Equal(At("2026-10-11T00:00:00+08:00"), China.AddWorkingDays(At("2026-09-30T09:00:00+08:00"), 3)); // Sat 10/10
    }

    [Fact]
    public void AddWorkingDays_twentyDayLicensingLimitOverMidAutumnAndNationalDay2026_endsOnOctober26()
    {
        // 行政许可法 §42: twenty working days; accepted Monday 2026-09-21.
        var deadline = China.AddWorkingDays(At("2026-09-21T15:30:00+08:00"), 20);

        Assert.Equal(At("2026-10-27T00:00:00+08:00"), deadline);
        Assert.Equal(new DateOnly(2026, 10, 26), ChinaTime.ToChinaDate(deadline.AddTicks(-1)));
    }

    [Fact]
    public void AddWorkingDays_acrossNewYear2026_countsSundayJanuary4MakeUpDay()
    {
        var acceptedNewYearsEve = At("2025-12-31T16:00:00+08:00");

        Assert.Equal(At("2026-01-05T00:00:00+08:00"), China.AddWorkingDays(acceptedNewYearsEve, 1));
        Assert.Equal(At("2026-01-06T00:00:00+08:00"), China.AddWorkingDays(acceptedNewYearsEve, 2));
    }

    [Fact]
    public void AddWorkingDays_acrossSpringFestival2025_countsBothMakeUpDays()
    {
        Assert.Equal(At("2025-01-27T00:00:00+08:00"), China.AddWorkingDays(At("2025-01-24T12:00:00+08:00"), 1)); // Sun 1/26
        Assert.Equal(At("2025-02-06T00:00:00+08:00"), China.AddWorkingDays(At("2025-01-27T12:00:00+08:00"), 1)); // Wed 2/5
        Assert.Equal(At("2025-02-09T00:00:00+08:00"), China.AddWorkingDays(At("2025-02-07T12:00:00+08:00"), 1)); // Sat 2/8
    }

    [Fact]
    public void AddWorkingDays_instantLateEveningUtc_usesChinaStandardDate()
    {
        // 2026-02-13T20:00Z is already Saturday 2026-02-14 04:00 in China, so the make-up Saturday is the start day.
        var saturdayInChina = At("2026-02-13T20:00:00Z");
        var fridayInChina = At("2026-02-13T15:59:59Z");

        Assert.Equal(new DateOnly(2026, 2, 14), ChinaTime.ToChinaDate(saturdayInChina));
        Assert.Equal(At("2026-02-25T00:00:00+08:00"), China.AddWorkingDays(saturdayInChina, 1));
        Assert.Equal(At("2026-02-15T00:00:00+08:00"), China.AddWorkingDays(fridayInChina, 1));
    }

    [Fact]
    public void AddWorkingDays_anyInputOffset_returnsChinaStandardTimeOffset()
    {
        var deadline = China.AddWorkingDays(At("2026-03-02T10:00:00-05:00"), 3);

        Assert.Equal(ChinaTime.Offset, deadline.Offset);
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Offset);
        Assert.Equal(At("2026-03-06T00:00:00+08:00"), deadline); // 3/2 23:00 CST start; 3/3, 3/4, 3/5
    }

    [Fact]
    public void AddWorkingDays_zeroDays_returnsStart()
    {
        var start = At("2026-03-02T10:00:00+08:00");

        Assert.Equal(start, China.AddWorkingDays(start, 0));
    }

    [Fact]
    public void AddWorkingDays_negativeDays_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => China.AddWorkingDays(At("2026-03-02T10:00:00+08:00"), -1));

    [Fact]
    public void AddWorkingDays_pauseSpanningThreeWorkingDays_extendsDeadlineByThree()
    {
        var accepted = At("2026-03-02T10:00:00+08:00"); // Monday
        var expertReview = new PauseInterval(At("2026-03-04T09:00:00+08:00"), At("2026-03-06T17:00:00+08:00")); // Wed–Fri

        Assert.Equal(At("2026-03-10T00:00:00+08:00"), China.AddWorkingDays(accepted, 5));
        Assert.Equal(At("2026-03-13T00:00:00+08:00"), China.AddWorkingDays(accepted, 5, [expertReview]));
    }

    [Fact]
    public void AddWorkingDays_pauseOverHolidayOnly_doesNotExtendDeadline()
    {
        var accepted = At("2026-09-30T10:00:00+08:00");
        var pauseDuringNationalDay = new PauseInterval(At("2026-10-02T00:00:00+08:00"), At("2026-10-06T12:00:00+08:00"));

        Assert.Equal(China.AddWorkingDays(accepted, 4), China.AddWorkingDays(accepted, 4, [pauseDuringNationalDay]));
    }

    [Fact]
    public void AddWorkingDays_pauseEndingAtMidnight_doesNotStopFollowingDay()
    {
        var accepted = At("2026-03-02T10:00:00+08:00");
        var wednesdayOnly = new PauseInterval(At("2026-03-04T08:00:00+08:00"), At("2026-03-05T00:00:00+08:00"));

        Assert.Equal(At("2026-03-11T00:00:00+08:00"), China.AddWorkingDays(accepted, 5, [wednesdayOnly]));
    }

    [Fact]
    public void AddWorkingDays_overlappingPauses_areNotCountedTwice()
    {
        var accepted = At("2026-03-02T10:00:00+08:00");
        PauseInterval[] overlapping =
        [
            new(At("2026-03-05T10:00:00+08:00"), At("2026-03-06T10:00:00+08:00")),
            new(At("2026-03-04T10:00:00+08:00"), At("2026-03-05T12:00:00+08:00")),
            new(At("2026-03-05T11:00:00+08:00"), At("2026-03-05T11:00:00+08:00")), // zero length
        ];

        Assert.Equal(At("2026-03-13T00:00:00+08:00"), China.AddWorkingDays(accepted, 5, overlapping));
    }

    [Fact]
    public void AddWorkingDays_pauseBeforeOrOnStartDay_doesNotExtendDeadline()
    {
        var accepted = At("2026-03-02T10:00:00+08:00");
        PauseInterval[] earlier =
        [
            new(At("2026-02-26T10:00:00+08:00"), At("2026-02-27T10:00:00+08:00")),
            new(At("2026-03-02T10:00:00+08:00"), At("2026-03-02T18:00:00+08:00")),
        ];

        Assert.Equal(China.AddWorkingDays(accepted, 5), China.AddWorkingDays(accepted, 5, earlier));
    }

    [Fact]
    public void AddWorkingDays_pauseAfterDeadline_doesNotExtendDeadline()
    {
        var accepted = At("2026-03-02T10:00:00+08:00");
        var later = new PauseInterval(At("2026-03-10T00:00:00+08:00"), At("2026-03-20T00:00:00+08:00"));

        Assert.Equal(At("2026-03-10T00:00:00+08:00"), China.AddWorkingDays(accepted, 5, [later]));
    }

    [Fact]
    public void AddWorkingDays_pastLastCoveredYear_usesTheStatutoryHolidaysProvisionally()
    {
        Assert.False(China.CoversYear(2027));
        Assert.Equal(At("2027-01-05T00:00:00+08:00"), China.AddWorkingDays(At("2026-12-31T10:00:00+08:00"), 1)); // Fri 2027-01-01 is 元旦 → Mon 01-04
        Assert.Equal(At("2027-01-06T00:00:00+08:00"), China.AddWorkingDays(At("2026-12-31T10:00:00+08:00"), 2));
        // 2027: 261 weekdays less 13 statutory weekdays off = 248; then 2028 makes up its Saturday New Year on Mon 01-03,
        // so the 14th working day of 2028 is Fri 01-21.
        Assert.Equal(At("2028-01-22T00:00:00+08:00"), China.AddWorkingDays(At("2026-12-31T10:00:00+08:00"), 262));
    }

    [Fact]
    public void AddWorkingDays_beforeFirstCoveredYear_throwsCoverageException()
    {
        var ex = Assert.Throws<CalendarCoverageException>(() => China.AddWorkingDays(At("2024-12-31T10:00:00+08:00"), 1));

        Assert.Equal(new DateOnly(2024, 12, 31), ex.Date);
        Assert.Equal(2025, ex.FirstCoveredYear);
    }

    [Fact]
    public void AddWorkingDays_manyStarts_matchesDayByDayWalk()
    {
        var random = new Random(20260214);
        for (var i = 0; i < 500; i++)
        {
            var start = RandomInstant(random);
            var days = random.Next(1, 70);

            var day = ChinaTime.ToChinaDate(start);
            for (var counted = 0; counted < days;)
            {
                day = day.AddDays(1);
                counted += China.IsWorkingDay(day) ? 1 : 0;
            }

            Assert.Equal(ChinaTime.StartOfDay(day.AddDays(1)), China.AddWorkingDays(start, days));
        }
    }

    [Fact]
    public void CountWorkingDays_ofAddWorkingDays_roundTripsForRandomStartsAndPauses()
    {
        var random = new Random(4512);
        for (var i = 0; i < 2000; i++)
        {
            var start = RandomInstant(random);
            var days = random.Next(0, 90);
            var pauses = Enumerable.Range(0, random.Next(0, 4))
                .Select(_ =>
                {
                    var pauseStart = start.AddMinutes(random.Next(-5 * 24 * 60, 60 * 24 * 60));
                    return new PauseInterval(pauseStart, pauseStart.AddMinutes(random.Next(0, 15 * 24 * 60)));
                })
                .ToArray();

            var deadline = China.AddWorkingDays(start, days, pauses);

            Assert.Equal(days, China.CountWorkingDays(start, deadline, pauses));
            if (days > 0)
            {
                Assert.Equal(days - 1, China.CountWorkingDays(start, deadline.AddTicks(-1), pauses));
            }
        }
    }

    [Fact]
    public void CountWorkingDays_partiallyElapsedDay_isNotCounted()
    {
        var accepted = At("2026-03-02T10:00:00+08:00");

        Assert.Equal(0, China.CountWorkingDays(accepted, At("2026-03-03T23:59:59+08:00")));
        Assert.Equal(1, China.CountWorkingDays(accepted, At("2026-03-04T00:00:00+08:00")));
        Assert.Equal(0, China.CountWorkingDays(accepted, accepted));
    }

    [Fact]
    public void CountWorkingDays_acrossSpringFestival2026_countsOnlyWorkingDays()
    {
        // 2/14 (make-up Sat), then 2/24–2/27, then 2/28 (make-up Sat).
        Assert.Equal(6, China.CountWorkingDays(At("2026-02-13T10:00:00+08:00"), At("2026-03-01T00:00:00+08:00")));
    }

    [Fact]
    public void CountWorkingDays_withPause_subtractsPausedWorkingDays()
    {
        var accepted = At("2026-03-02T10:00:00+08:00");
        var supplementRequest = new PauseInterval(At("2026-03-04T09:00:00+08:00"), At("2026-03-09T09:00:00+08:00")); // Wed–Mon

        // 3/3–3/13 holds 9 working days; Wed, Thu, Fri and Mon are paused.
        Assert.Equal(5, China.CountWorkingDays(accepted, At("2026-03-14T00:00:00+08:00"), [supplementRequest]));
    }

    [Fact]
    public void CountWorkingDays_endBeforeStart_throws() =>
        Assert.Throws<ArgumentException>(() => China.CountWorkingDays(At("2026-03-02T10:00:00+08:00"), At("2026-03-01T10:00:00+08:00")));

    [Theory]
    [InlineData("2026-02-13", "2026-02-14")]
    [InlineData("2026-02-14", "2026-02-24")]
    [InlineData("2025-09-30", "2025-10-09")]
    [InlineData("2026-06-18", "2026-06-22")]
    [InlineData("2026-12-31", "2027-01-04")]
    public void NextWorkingDay_beforeBreakOrWeekend_skipsToFirstWorkingDay(string date, string expected) =>
        Assert.Equal(Date(expected), China.NextWorkingDay(Date(date)));

    [Fact]
    public void IsWorkingDay_beforeFirstCoveredYear_throwsCoverageException() =>
        Assert.Throws<CalendarCoverageException>(() => China.IsWorkingDay(new DateOnly(2024, 12, 31)));

    [Fact]
    public void CoversYear_embeddedData_covers2025Through2026()
    {
        Assert.Equal(2025, China.FirstCoveredYear);
        Assert.True(China.CoversYear(2025));
        Assert.True(China.CoversYear(2026));
        Assert.False(China.CoversYear(2024));
        Assert.False(China.CoversYear(2027));
    }

    [Fact]
    public void IsWorkingDay_beyondTheProvisionalYears_usesWeekdaysOnly()
    {
        var beyond = China.LastCoveredYear + WorkingDayCalendar.ProvisionalYears + 1;
        var newYear = new DateOnly(beyond, 1, 1);
        var firstWeekday = Enumerable.Range(0, 7).Select(newYear.AddDays).First(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

        Assert.True(China.IsWorkingDay(firstWeekday));
        Assert.True(China.IsProvisional(firstWeekday));
    }

    [Fact]
    public void ChinaMainland_repeatedAccess_returnsSameInstance() => Assert.Same(WorkingDayCalendar.ChinaMainland, WorkingDayCalendar.ChinaMainland);

    [Fact]
    public void EmbeddedData_everyYear_citesStateCouncilNotice()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(WorkingDayCalendar.EmbeddedResourceName);
        Assert.NotNull(stream);
        using var json = JsonDocument.Parse(stream);

        var sources = json.RootElement.GetProperty("years").EnumerateArray()
            .ToDictionary(y => y.GetProperty("year").GetInt32(), y => y.GetProperty("source"));

        Assert.Equal("国办发明电〔2024〕12号", sources[2025].GetProperty("documentNumber").GetString());
        Assert.Equal("2024-11-12", sources[2025].GetProperty("published").GetString());
        Assert.Equal("国办发明电〔2025〕7号", sources[2026].GetProperty("documentNumber").GetString());
        Assert.Equal("2025-11-04", sources[2026].GetProperty("published").GetString());
        Assert.All(sources, pair =>
        {
            Assert.StartsWith("https://www.gov.cn/", pair.Value.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.Equal($"国务院办公厅关于{pair.Key}年部分节假日安排的通知", pair.Value.GetProperty("title").GetString());
        });
    }

    [Fact]
    public void FromJson_customYear_appliesDaysOffAndMakeUpDays()
    {
        var calendar = FromJson("""
            { "years": [ { "year": 2030,
              "source": { "issuer": "test", "title": "test", "documentNumber": "test", "published": "2029-11-01", "url": "https://example.invalid/" },
              "holidays": [ { "name": { "zh": "测试", "en": "Test" },
                "daysOff": [ { "from": "2030-03-04", "to": "2030-03-05" } ], "makeUpWorkdays": [ "2030-03-09" ] } ] } ] }
            """);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 3, 4)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 3, 9)));
        Assert.Equal(new DateOnly(2030, 3, 6), calendar.NextWorkingDay(new DateOnly(2030, 3, 1)));
        Assert.True(calendar.CoversYear(2030));
    }

    [Theory]
    [InlineData("""{ "years": [] }""")]
    [InlineData("""{ "years": [ { "year": 2030 } ] }""")]
    [InlineData("""not json""")]
    public void FromJson_incompleteDocument_throwsInvalidData(string json) =>
        Assert.Throws<InvalidDataException>(() => FromJson(json));

    [Theory]
    [InlineData("""[ { "from": "2030-03-04", "to": "2030-03-04" } ]""", """[ "2030-03-06" ]""")] // make-up on a Wednesday
    [InlineData("""[ { "from": "2030-03-05", "to": "2030-03-04" } ]""", "[]")] // range ends before it starts
    [InlineData("""[ { "from": "2030-03-04", "to": "2030-03-05" }, { "from": "2030-03-05", "to": "2030-03-05" } ]""", "[]")] // listed twice
    public void FromJson_contradictoryDates_throwsInvalidData(string daysOff, string makeUpWorkdays) =>
        Assert.Throws<InvalidDataException>(() => FromJson(YearJson(2030, daysOff, makeUpWorkdays)));

    [Fact]
    public void FromJson_gapBetweenYears_throwsInvalidData() =>
        Assert.Throws<InvalidDataException>(() => FromJson(
            $$"""{ "years": [ {{YearBody(2030, "[]", "[]")}}, {{YearBody(2032, "[]", "[]")}} ] }"""));

    [Fact]
    public void PauseInterval_endBeforeStart_throws() =>
        Assert.Throws<ArgumentException>(() => new PauseInterval(At("2026-03-02T10:00:00+08:00"), At("2026-03-02T09:59:59+08:00")));

    private static DateOnly Date(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset At(string isoInstant) => DateTimeOffset.Parse(isoInstant, System.Globalization.CultureInfo.InvariantCulture);

    // Any minute from 2025-01-01 to the end of 2026 (CST), so deadlines also run into the weekends-only years.
    private static DateTimeOffset RandomInstant(Random random) =>
        new DateTimeOffset(2025, 1, 1, 0, 0, 0, Cst).AddMinutes(random.Next(0, 730 * 24 * 60));

    private static WorkingDayCalendar FromJson(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return WorkingDayCalendar.FromJson(stream);
    }

    private static string YearJson(int year, string daysOff, string makeUpWorkdays) =>
        $$"""{ "years": [ {{YearBody(year, daysOff, makeUpWorkdays)}} ] }""";

    private static string YearBody(int year, string daysOff, string makeUpWorkdays) =>
        $$"""
        { "year": {{year}},
          "source": { "issuer": "test", "title": "test", "documentNumber": "test", "published": "2029-11-01", "url": "https://example.invalid/" },
          "holidays": [ { "name": { "zh": "测试", "en": "Test" }, "daysOff": {{daysOff}}, "makeUpWorkdays": {{makeUpWorkdays}} } ] }
        """;
}
