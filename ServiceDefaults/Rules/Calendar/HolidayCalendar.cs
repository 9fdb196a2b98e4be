namespace Qingmeng.ServiceDefaults.Calendar;

/// <summary>
/// The service's working-day calendar: the compiled-in years plus every schedule confirmed since (see
/// <see cref="HolidayScheduleReplica{TContext}"/>). One per host; <see cref="Current"/> is an immutable calendar,
/// swapped whole when a schedule arrives, so a computation never sees half of one.
/// </summary>
public sealed class HolidayCalendar
{
    private readonly Lock _gate = new();
    private Dictionary<int, (HolidaySchedule Schedule, DateTimeOffset ConfirmedAt)> _schedules = [];
    private WorkingDayCalendar _current = WorkingDayCalendar.ChinaMainland;

    public WorkingDayCalendar Current => Volatile.Read(ref _current);

    /// <summary>The confirmed schedules known here, by year.</summary>
    public IReadOnlyCollection<HolidaySchedule> Schedules
    {
        get
        {
            lock (_gate)
            {
                return [.. _schedules.Values.Select(s => s.Schedule).OrderBy(s => s.Year)];
            }
        }
    }

    /// <summary>The calendar as it would be with this schedule confirmed too; <see cref="Current"/> is unchanged.</summary>
    public WorkingDayCalendar With(HolidaySchedule schedule)
    {
        lock (_gate)
        {
            return WorkingDayCalendar.ChinaMainlandWith([.. _schedules.Values.Select(s => s.Schedule).Where(s => s.Year != schedule.Year), schedule]);
        }
    }

    /// <summary>Confirms one schedule (replacing that year's) from now on.</summary>
    public void Confirm(HolidaySchedule schedule, DateTimeOffset confirmedAt) => Merge([(schedule, confirmedAt)]);

    /// <summary>
    /// Takes the stored schedules. Schedules are never withdrawn, and a stored row older than the one known here (read
    /// while a newer one was being saved) is ignored, so a refresh never undoes a confirmation.
    /// </summary>
    public void Load(IEnumerable<(HolidaySchedule Schedule, DateTimeOffset ConfirmedAt)> stored) => Merge(stored);

    private void Merge(IEnumerable<(HolidaySchedule Schedule, DateTimeOffset ConfirmedAt)> schedules)
    {
        lock (_gate)
        {
            var merged = new Dictionary<int, (HolidaySchedule Schedule, DateTimeOffset ConfirmedAt)>(_schedules);
            var changed = false;
            foreach (var (schedule, confirmedAt) in schedules)
            {
                if (merged.TryGetValue(schedule.Year, out var known) && (known.ConfirmedAt > confirmedAt || known.Schedule.SameAs(schedule)))
                {
                    continue;
                }
                merged[schedule.Year] = (schedule, confirmedAt);
                changed = true;
            }
            if (!changed)
            {
                return;
            }
            Volatile.Write(ref _current, WorkingDayCalendar.ChinaMainlandWith(merged.Values.Select(s => s.Schedule)));
            _schedules = merged;
        }
    }
}
