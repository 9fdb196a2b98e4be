using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.ServiceDefaults.Calendar;

/// <summary>Settings of the service's holiday calendar, bound from the <c>Calendar</c> section.</summary>
public sealed class HolidayCalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>
    /// How often each replica re-reads the stored schedules: only one replica consumes a <see cref="HolidayScheduleConfirmed"/>,
    /// the others learn of it here.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Loads the stored schedules into <see cref="HolidayCalendar"/> as the host starts (after its migrations, which are
/// registered first), so no request is answered with the compiled-in calendar alone; then re-reads them now and then.
/// </summary>
public sealed partial class HolidayScheduleReplica<TContext>(
    IServiceScopeFactory scopeFactory, HolidayCalendar calendar, IOptions<HolidayCalendarOptions> options, ILogger<HolidayScheduleReplica<TContext>> logger)
    : BackgroundService
    where TContext : DbContext
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await LoadAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRefreshFailed(logger, exception);
            }
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var stored = await db.Set<HolidayScheduleRecord>().AsNoTracking().ToListAsync(cancellationToken);
        calendar.Load(stored.Select(s => (s.ToSchedule(), s.ConfirmedAt)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-reading the confirmed holiday schedules failed; the calendar keeps the ones it has")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}

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
