using System.Text.Json.Serialization;
using System.Text.Json;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;

namespace Qingmeng.ServiceDefaults.Calendar;

/// <summary>A year's holiday schedule as the State Council notice gives it: the notice's title and each holiday's days off and 调休 working days.</summary>
public sealed record HolidaySchedule(int Year, string Notice, IReadOnlyList<ScheduledHoliday> Holidays)
{
    public static HolidaySchedule From(HolidayScheduleConfirmed confirmed) => new(confirmed.Year, confirmed.Notice, confirmed.Holidays);

    /// <summary>Whether the two give the same notice and the same dates (a re-load of the same notice changes nothing).</summary>
    public bool SameAs(HolidaySchedule other) =>
        Year == other.Year && Notice == other.Notice && Holidays.Count == other.Holidays.Count &&
        Holidays.Zip(other.Holidays).All(pair => pair.First.Name == pair.Second.Name &&
            pair.First.DaysOff.SequenceEqual(pair.Second.DaysOff) && pair.First.MakeUpWorkdays.SequenceEqual(pair.Second.MakeUpWorkdays));
}

/// <summary>A stored schedule: one row per confirmed year in every service that counts working days (see <see cref="HolidayScheduleModelBuilderExtensions"/>).</summary>
public sealed class HolidayScheduleRecord
{
    public int Year { get; set; }

    public required string Notice { get; set; }

    /// <summary>The holidays as JSON (<see cref="ScheduledHoliday"/> list).</summary>
    public required string Holidays { get; set; }

    public DateTimeOffset ConfirmedAt { get; set; }

    public static HolidayScheduleRecord From(HolidaySchedule schedule, DateTimeOffset now) => new()
    {
        Year = schedule.Year,
        Notice = schedule.Notice,
        Holidays = JsonSerializer.Serialize(schedule.Holidays, HolidayScheduleJsonContext.Default.IReadOnlyListScheduledHoliday),
        ConfirmedAt = now,
    };

    public void Replace(HolidaySchedule schedule, DateTimeOffset now)
    {
        Notice = schedule.Notice;
        Holidays = JsonSerializer.Serialize(schedule.Holidays, HolidayScheduleJsonContext.Default.IReadOnlyListScheduledHoliday);
        ConfirmedAt = now;
    }

    public HolidaySchedule ToSchedule() => new(Year, Notice,
        JsonSerializer.Deserialize(Holidays, HolidayScheduleJsonContext.Default.IReadOnlyListScheduledHoliday) ?? []);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<ScheduledHoliday>))]
internal sealed partial class HolidayScheduleJsonContext : JsonSerializerContext;
