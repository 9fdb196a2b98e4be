namespace Qingmeng.Contracts.ReferenceData;

/// <summary>One holiday of a confirmed year's schedule: its days off, and the Saturdays or Sundays worked instead (调休上班日).</summary>
public sealed record ScheduledHoliday(string Name, IReadOnlyList<DateOnly> DaysOff, IReadOnlyList<DateOnly> MakeUpWorkdays);
