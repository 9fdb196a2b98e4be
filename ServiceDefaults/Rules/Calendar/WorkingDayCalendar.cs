using System.Text.Json;

namespace Qingmeng.ServiceDefaults.Calendar;

// Working-day arithmetic for mainland China administrative time limits (行政许可法 §82: limits in
// working days exclude statutory holidays). Immutable and thread-safe once built.
//
// Semantics, all in China Standard Time (UTC+8, no DST, independent of the host's tz database):
// - A working day is Monday–Friday, minus the statutory days off, plus the make-up Saturdays/Sundays (调休上班日).
// - The start day is never counted (民法典 §201: 开始的当日不计入); counting begins the next day.
// - AddWorkingDays(start, n) is the instant the time limit expires: 24:00 CST at the end of the n-th counted
//   working day after start's date, returned as the next day's 00:00 with a +08:00 offset. n = 0 returns start.
// - CountWorkingDays(from, to) counts the working days after from's date that have fully elapsed by `to`,
//   so CountWorkingDays(s, AddWorkingDays(s, n, p), p) == n, and one tick earlier it is n - 1.
// - A pause stops the clock for every working day it overlaps, even partly (the day the clock stops and the
//   day it restarts are not counted, mirroring the start-day rule); the deadline moves out by exactly the
//   number of working days paused after the start date. Overlapping pauses are merged, never double-counted.
// Coverage: dates before 1 January of the first year in the data throw CalendarCoverageException. The years in the data
// are confirmed (the State Council's notice, 调休 included). The ProvisionalYears after them use the statutory days off
// computed by StatutoryHolidays (no 调休: no rule predicts it), and later years weekdays only. Any date after the last
// confirmed year is provisional (IsProvisional): say so wherever a deadline or prediction falls there.
public sealed class WorkingDayCalendar
{
    public const string EmbeddedResourceName = "Qingmeng.ServiceDefaults.Calendar.china-holidays.json";

    private readonly int _firstDayNumber;
    private readonly int _lastTableDayNumber;

    // _workingDaysThrough[i] = working days in [first covered day, first covered day + i].
    // One array answers IsWorkingDay, counting (difference) and adding (lower-bound search).
    private readonly int[] _workingDaysThrough;

    private WorkingDayCalendar(int firstCoveredYear, int lastCoveredYear, int lastTableDayNumber, int[] workingDaysThrough)
    {
        FirstCoveredYear = firstCoveredYear;
        LastCoveredYear = lastCoveredYear;
        _firstDayNumber = new DateOnly(firstCoveredYear, 1, 1).DayNumber;
        _lastTableDayNumber = lastTableDayNumber;
        _workingDaysThrough = workingDaysThrough;
    }

    // Mainland China calendar from the embedded china-holidays.json, loaded once on first use.
    public static WorkingDayCalendar ChinaMainland => EmbeddedChinaMainland.Instance;

    public int FirstCoveredYear { get; }

    public int LastCoveredYear { get; }

    /// <summary>Whether the year's schedule is confirmed: its State Council notice is in the data.</summary>
    public bool CoversYear(int year) => year >= FirstCoveredYear && year <= LastCoveredYear;

    /// <summary>How many years after the last confirmed one are computed from the statutory rules.</summary>
    public const int ProvisionalYears = 10;

    /// <summary>Whether working-day arithmetic on this date rests on computed, not confirmed, holidays.</summary>
    public bool IsProvisional(DateOnly date) => date.Year > LastCoveredYear;

    /// <summary>Whether a deadline or prediction at this instant (China time) rests on computed, not confirmed, holidays.</summary>
    public bool IsProvisional(DateTimeOffset instant) => IsProvisional(ChinaTime.ToChinaDate(instant));

    // Builds a calendar from a document shaped like china-holidays.json; throws InvalidDataException when it is malformed.
    public static WorkingDayCalendar FromJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        HolidayCalendarDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, HolidayCalendarJsonContext.Default.HolidayCalendarDocument);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Holiday calendar JSON is malformed: {ex.Message}", ex);
        }

        return Build(document ?? throw new InvalidDataException("Holiday calendar JSON is empty."));
    }

    public bool IsWorkingDay(DateOnly date)
    {
        var dayNumber = date.DayNumber;
        EnsureCovered(dayNumber);
        return WorkingDaysThrough(dayNumber) - WorkingDaysThrough(dayNumber - 1) == 1;
    }

    // The first working day strictly after the date.
    public DateOnly NextWorkingDay(DateOnly date)
    {
        EnsureCovered(date.DayNumber);
        return DateOnly.FromDayNumber((int)NthWorkingDayAfter(date.DayNumber, 1));
    }

    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days, IEnumerable<PauseInterval>? pauses = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var startDay = ChinaDayNumber(start);
        EnsureCovered(startDay);
        if (days == 0)
        {
            return start;
        }

        // Walk the merged pauses in order: spend the working days available before each pause, jump over it.
        long cursor = startDay;
        long remaining = days;
        foreach (var pause in MergePausedDays(pauses))
        {
            if (pause.LastDay <= cursor)
            {
                continue;
            }

            var pausedFrom = Math.Max(pause.FirstDay, cursor + 1);
            var available = WorkingDaysThrough(pausedFrom - 1) - WorkingDaysThrough(cursor);
            if (available >= remaining)
            {
                break;
            }

            remaining -= available;
            cursor = pause.LastDay;
        }

        var lastCountedDay = NthWorkingDayAfter(cursor, remaining);
        if (lastCountedDay >= DateOnly.MaxValue.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(days), "The deadline falls beyond the supported date range.");
        }

        return ChinaTime.StartOfDay(DateOnly.FromDayNumber((int)lastCountedDay + 1));
    }

    public int CountWorkingDays(DateTimeOffset from, DateTimeOffset to, IEnumerable<PauseInterval>? pauses = null)
    {
        if (to < from)
        {
            throw new ArgumentException($"The end {to:O} is before the start {from:O}.", nameof(to));
        }

        long fromDay = ChinaDayNumber(from);
        EnsureCovered(fromDay);

        // Only days that have ended by `to` count; the day containing `to` is still running.
        long throughDay = ChinaDayNumber(to) - 1L;
        if (throughDay <= fromDay)
        {
            return 0;
        }

        var count = WorkingDaysThrough(throughDay) - WorkingDaysThrough(fromDay);
        foreach (var pause in MergePausedDays(pauses))
        {
            var overlapFrom = Math.Max(pause.FirstDay, fromDay + 1);
            var overlapThrough = Math.Min(pause.LastDay, throughDay);
            if (overlapFrom <= overlapThrough)
            {
                count -= WorkingDaysThrough(overlapThrough) - WorkingDaysThrough(overlapFrom - 1);
            }
        }

        return (int)count;
    }

    private static int ChinaDayNumber(DateTimeOffset instant) => ChinaTime.DayNumber(instant);

    private void EnsureCovered(long dayNumber)
    {
        if (dayNumber < _firstDayNumber)
        {
            throw new CalendarCoverageException(DateOnly.FromDayNumber((int)dayNumber), FirstCoveredYear);
        }
    }

    // Working days in [first covered day, dayNumber]; valid for dayNumber >= first covered day - 1.
    private long WorkingDaysThrough(long dayNumber)
    {
        var index = dayNumber - _firstDayNumber;
        if (index < 0)
        {
            return 0;
        }

        if (index < _workingDaysThrough.Length)
        {
            return _workingDaysThrough[index];
        }

        return _workingDaysThrough[^1] + Weekdays.Through(dayNumber) - Weekdays.Through(_lastTableDayNumber);
    }

    // Smallest day whose running total reaches WorkingDaysThrough(afterDay) + n; it is necessarily a working day.
    private long NthWorkingDayAfter(long afterDay, long n)
    {
        var target = WorkingDaysThrough(afterDay) + n;
        var tableTotal = _workingDaysThrough[^1];
        if (target <= tableTotal)
        {
            return _firstDayNumber + LowerBound(_workingDaysThrough, (int)target);
        }

        return Weekdays.Nth(Weekdays.Through(_lastTableDayNumber) + target - tableTotal);
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // Pauses as sorted, non-overlapping, non-adjacent inclusive CST day ranges.
    private static PausedDays[] MergePausedDays(IEnumerable<PauseInterval>? pauses)
    {
        if (pauses is null)
        {
            return [];
        }

        var ranges = new List<PausedDays>();

        foreach (var pause in pauses)
        {
            if (pause.End > pause.Start)
            {
                // Half-open [Start, End): a pause ending exactly at midnight does not touch the following day.
                var lastDay = (pause.End.UtcTicks + ChinaTime.Offset.Ticks - 1) / TimeSpan.TicksPerDay;
                ranges.Add(new PausedDays(ChinaDayNumber(pause.Start), lastDay));
            }
        }

        if (ranges.Count < 2)
        {
            return [.. ranges];
        }

        ranges.Sort(static (a, b) => a.FirstDay.CompareTo(b.FirstDay));
        var merged = new List<PausedDays>(ranges.Count) { ranges[0] };
        foreach (var range in ranges.Skip(1))
        {
            var last = merged[^1];
            if (range.FirstDay <= last.LastDay + 1)
            {
                merged[^1] = last with { LastDay = Math.Max(last.LastDay, range.LastDay) };
            }
            else
            {
                merged.Add(range);
            }
        }

        return [.. merged];
    }

    private static WorkingDayCalendar Build(HolidayCalendarDocument document)
    {
        if (document.Years.Count == 0)
        {
            throw new InvalidDataException("Holiday calendar JSON lists no years.");
        }

        var years = document.Years.Select(y => y.Year).Order().ToArray();
        for (var i = 1; i < years.Length; i++)
        {
            if (years[i] != years[i - 1] + 1)
            {
                throw new InvalidDataException($"Holiday calendar years must be contiguous and unique; found {years[i - 1]} then {years[i]}.");
            }
        }

        var firstYear = years[0];
        var lastYear = years[^1];
        var specialDays = CollectSpecialDays(document);

        // After the confirmed years, the statutory days off the rules give; a confirmed notice reaching into the next
        // January keeps its own dates.
        var lastProvisionalYear = Math.Min(lastYear + ProvisionalYears, 2099);
        for (var year = lastYear + 1; year <= lastProvisionalYear; year++)
        {
            foreach (var day in StatutoryHolidays.ForYear(year).SelectMany(holiday => holiday.DaysOff))
            {
                specialDays.TryAdd(day, false);
            }
        }

        var firstDay = new DateOnly(firstYear, 1, 1).DayNumber;
        var lastDay = specialDays.Keys.Select(d => d.DayNumber).Append(new DateOnly(Math.Max(lastYear, lastProvisionalYear), 12, 31).DayNumber).Max();
        var workingDaysThrough = new int[lastDay - firstDay + 1];
        var running = 0;
        for (var i = 0; i < workingDaysThrough.Length; i++)
        {
            var day = DateOnly.FromDayNumber(firstDay + i);
            var isWorkingDay = specialDays.TryGetValue(day, out var isMakeUpWorkday) ? isMakeUpWorkday : Weekdays.IsWeekday(day.DayNumber);
            running += isWorkingDay ? 1 : 0;
            workingDaysThrough[i] = running;
        }

        return new WorkingDayCalendar(firstYear, lastYear, lastDay, workingDaysThrough);
    }

    // Date -> true for a make-up working day, false for a day off; rejects contradictions and implausible entries.
    private static Dictionary<DateOnly, bool> CollectSpecialDays(HolidayCalendarDocument document)
    {
        var specialDays = new Dictionary<DateOnly, bool>();
        foreach (var year in document.Years)
        {
            foreach (var holiday in year.Holidays)
            {
                foreach (var range in holiday.DaysOff)
                {
                    if (range.To < range.From)
                    {
                        throw new InvalidDataException($"{year.Year} {holiday.Name.Zh}: range {range.From:yyyy-MM-dd}..{range.To:yyyy-MM-dd} ends before it starts.");
                    }

                    for (var day = range.From; day <= range.To; day = day.AddDays(1))
                    {
                        AddSpecialDay(specialDays, year.Year, holiday.Name.Zh, day, isMakeUpWorkday: false);
                    }
                }

                foreach (var day in holiday.MakeUpWorkdays)
                {
                    if (Weekdays.IsWeekday(day.DayNumber))
                    {
                        throw new InvalidDataException($"{year.Year} {holiday.Name.Zh}: make-up working day {day:yyyy-MM-dd} is not a Saturday or Sunday.");
                    }

                    AddSpecialDay(specialDays, year.Year, holiday.Name.Zh, day, isMakeUpWorkday: true);
                }
            }
        }

        return specialDays;
    }

    private static void AddSpecialDay(Dictionary<DateOnly, bool> specialDays, int year, string holiday, DateOnly day, bool isMakeUpWorkday)
    {
        if (Math.Abs(day.Year - year) > 1)
        {
            throw new InvalidDataException($"{year} {holiday}: date {day:yyyy-MM-dd} is implausibly far from the notice year.");
        }

        if (!specialDays.TryAdd(day, isMakeUpWorkday))
        {
            throw new InvalidDataException($"{year} {holiday}: date {day:yyyy-MM-dd} is listed more than once.");
        }
    }

    private readonly record struct PausedDays(long FirstDay, long LastDay);

    // Day number 0 (0001-01-01) is a Monday, so weekday arithmetic needs no calendar lookups.
    private static class Weekdays
    {
        public static bool IsWeekday(long dayNumber) => dayNumber % 7 < 5;

        // Monday–Friday days in [day 0, dayNumber].
        public static long Through(long dayNumber)
        {
            var days = dayNumber + 1;
            return (days / 7 * 5) + Math.Min(days % 7, 5);
        }

        // The day on which Through first reaches n (n >= 1).
        public static long Nth(long n) => ((n - 1) / 5 * 7) + ((n - 1) % 5);
    }

    /// <summary>
    /// The mainland calendar with these schedules confirmed as well (each replaces the compiled-in year of the same number).
    /// A year counts as confirmed only when every year before it is: a schedule after a gap waits, provisional, until the gap is filled.
    /// </summary>
    public static WorkingDayCalendar ChinaMainlandWith(IEnumerable<HolidaySchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var embedded = EmbeddedChinaMainland.Document;
        var loaded = schedules.ToDictionary(s => s.Year);
        if (loaded.Count == 0)
        {
            return ChinaMainland;
        }

        var years = embedded.Years.Select(y => loaded.Remove(y.Year, out var schedule) ? ToDocument(schedule) : y).ToList();
        for (var next = years.Max(y => y.Year) + 1; loaded.Remove(next, out var schedule); next++)
        {
            years.Add(ToDocument(schedule));
        }

        return Build(new HolidayCalendarDocument(years));
    }

    private static HolidayYearDocument ToDocument(HolidaySchedule schedule) => new(
        schedule.Year,
        new HolidayNoticeSource("国务院办公厅", schedule.Notice, "", new DateOnly(schedule.Year - 1, 1, 1), ""),
        [.. schedule.Holidays.Select(h => new HolidayDocument(
            new HolidayName(h.Name, h.Name), [.. h.DaysOff.Select(d => new DateRangeDocument(d, d))], h.MakeUpWorkdays))]);

    private static class EmbeddedChinaMainland
    {
        public static readonly HolidayCalendarDocument Document = LoadDocument();

        public static readonly WorkingDayCalendar Instance = Build(Document);

        private static HolidayCalendarDocument LoadDocument()
        {
            using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(EmbeddedResourceName)
                ?? throw new InvalidOperationException($"Embedded resource '{EmbeddedResourceName}' is missing from {typeof(WorkingDayCalendar).Assembly.GetName().Name}.");
            return JsonSerializer.Deserialize(stream, HolidayCalendarJsonContext.Default.HolidayCalendarDocument)
                ?? throw new InvalidDataException("Holiday calendar JSON is empty.");
        }
    }
}
