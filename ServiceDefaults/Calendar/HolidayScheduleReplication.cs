using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.ServiceDefaults.Calendar;

/// <summary>
/// Keeps a service's replica of a confirmed schedule (stored, audited, counted with from now on). Each service's own
/// consumer of <see cref="HolidayScheduleConfirmed"/> calls <see cref="ApplyAsync"/>; one whose open deadlines count
/// working days passes <c>recompute</c>, which runs in the same transaction as the replica row.
/// </summary>
public static class HolidayScheduleReplication
{
    /// <summary>The schedule's owner acting through its event: recorded in the audit trail.</summary>
    public static readonly PlatformUser CalendarOwner = new("service:governance", "治理服务（节假日安排）", new HashSet<string>(), null, false, null, null, null);

    public static async Task ApplyAsync(
        DbContext db, HolidayCalendar calendar, TimeProvider time, HolidayScheduleConfirmed message,
        Func<HolidaySchedule, WorkingDayCalendar, DateTimeOffset, Task>? recompute, CancellationToken cancellationToken)
    {
        var schedule = HolidaySchedule.From(message);
        var now = time.GetUtcNow();
        var stored = await db.Set<HolidayScheduleRecord>().FindAsync([message.Year], cancellationToken);
        if (stored is null)
        {
            db.Add(HolidayScheduleRecord.From(schedule, now));
        }
        else if (stored.ToSchedule().SameAs(schedule))
        {
            return;
        }
        else
        {
            stored.Replace(schedule, now);
        }
        db.AddAudit(CalendarOwner, "holiday-schedule.replicated", "holiday-schedule", message.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), now);
        if (recompute is not null)
        {
            await recompute(schedule, calendar.With(schedule), now);
        }
        // Counted with at once on this replica; should the save fail, the event is handled again, and the other replicas
        // load the stored row on their next refresh.
        calendar.Confirm(schedule, now);
    }
}

public static class HolidayCalendarExtensions
{
    /// <summary>
    /// The service's <see cref="HolidayCalendar"/>, loaded from <typeparamref name="TContext"/>'s holiday_schedules table at start
    /// (add it with <see cref="HolidayScheduleModelBuilderExtensions.AddHolidayScheduleTable"/>); the service registers its
    /// <see cref="HolidayScheduleConsumer{TContext}"/> with its other consumers.
    /// </summary>
    public static IServiceCollection AddHolidayCalendar<TContext>(this IServiceCollection services) where TContext : DbContext
    {
        services.AddOptions<HolidayCalendarOptions>().BindConfiguration(HolidayCalendarOptions.SectionName)
            .Validate(o => o.RefreshInterval > TimeSpan.Zero, "Calendar:RefreshInterval must be positive.");
        services.AddSingleton<HolidayCalendar>();
        services.AddHostedService<HolidayScheduleReplica<TContext>>();
        return services;
    }
}
