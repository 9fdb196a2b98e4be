using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults.Calendar;

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
