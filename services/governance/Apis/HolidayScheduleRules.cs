using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Apis;

/// <summary>The checks a State Council schedule passes before it is loaded; each failure names its field.</summary>
public static class HolidayScheduleRules
{
    public const int MaxHolidays = 20;

    public static Dictionary<string, string[]> Validate(int year, LoadHolidayScheduleRequest request, WorkingDayCalendar current)
    {
        var errors = new Dictionary<string, List<string>>();
        void Fail(string field, string message)
        {
            if (!errors.TryGetValue(field, out var messages))
            {
                errors[field] = messages = [];
            }
            messages.Add(message);
        }

        // Years must stay contiguous: a gap would leave a year in between counted as confirmed-by-default.
        var lastYear = Math.Min(current.LastCoveredYear + 1, StatutoryHolidays.LastSupportedYear);
        if (year < current.FirstCoveredYear || year > lastYear)
        {
            Fail("year", $"年份须在 {current.FirstCoveredYear} 至 {lastYear} 之间：先载入此前各年的安排 (the year must be {current.FirstCoveredYear}–{lastYear}: load the years before it first)");
        }
        if (string.IsNullOrWhiteSpace(request.Notice) || request.Notice.Trim().Length > 200)
        {
            Fail("notice", "须填写通知标题，不超过 200 字，如「国务院办公厅关于2027年部分节假日安排的通知」 (the notice's title is required, at most 200 characters)");
        }
        if (request.Holidays is not { Count: > 0 and <= MaxHolidays } holidays)
        {
            Fail("holidays", $"须列出 1 至 {MaxHolidays} 个节日 (list 1 to {MaxHolidays} holidays)");
            return Done(errors);
        }

        var seen = new Dictionary<DateOnly, string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < holidays.Count; i++)
        {
            var field = $"holidays[{i}]";
            if (holidays[i] is not { } holiday)
            {
                Fail(field, "节日不能为空 (a holiday cannot be null)");
                continue;
            }
            if (string.IsNullOrWhiteSpace(holiday.Name) || holiday.Name.Trim().Length > 50)
            {
                Fail($"{field}.name", "须填写节日名称，不超过 50 字 (the holiday's name is required, at most 50 characters)");
            }
            else if (!names.Add(holiday.Name.Trim()))
            {
                Fail($"{field}.name", $"节日「{holiday.Name.Trim()}」重复 (holiday {holiday.Name.Trim()} is listed twice)");
            }
            if (holiday.DaysOff is not { Count: > 0 and <= 31 })
            {
                Fail($"{field}.daysOff", "须列出 1 至 31 个放假日 (list 1 to 31 days off)");
            }
            CheckDates(holiday.DaysOff ?? [], $"{field}.daysOff", makeUpWorkday: false);
            if (holiday.MakeUpWorkdays is { Count: > 10 })
            {
                Fail($"{field}.makeUpWorkdays", "调休上班日不超过 10 天 (at most 10 make-up working days)");
            }
            CheckDates(holiday.MakeUpWorkdays ?? [], $"{field}.makeUpWorkdays", makeUpWorkday: true);
        }
        return Done(errors);

        void CheckDates(IReadOnlyList<DateOnly> dates, string field, bool makeUpWorkday)
        {
            for (var j = 0; j < dates.Count; j++)
            {
                var date = dates[j];
                var dateField = $"{field}[{j}]";
                if (date.Year != year)
                {
                    Fail(dateField, $"{date:yyyy-MM-dd} 不在 {year} 年内 ({date:yyyy-MM-dd} is not in {year})");
                }
                else if (!seen.TryAdd(date, dateField))
                {
                    Fail(dateField, $"{date:yyyy-MM-dd} 已列于 {seen[date]} ({date:yyyy-MM-dd} is already listed at {seen[date]})");
                }
                else if (makeUpWorkday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    Fail(dateField, $"调休上班日 {date:yyyy-MM-dd} 须是星期六或星期日 (make-up working day {date:yyyy-MM-dd} must be a Saturday or Sunday)");
                }
            }
        }
    }

    /// <summary>The schedule of a request that passed <see cref="Validate"/>: names trimmed, dates in order.</summary>
    public static HolidaySchedule ToSchedule(int year, LoadHolidayScheduleRequest request) => new(
        year,
        request.Notice!.Trim(),
        [.. request.Holidays!.Select(h => new ScheduledHoliday(h!.Name!.Trim(), [.. h.DaysOff!.Order()], [.. (h.MakeUpWorkdays ?? []).Order()]))]);

    private static Dictionary<string, string[]> Done(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
