using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults.Scheduling;

/// <summary>
/// Runs a job every interval. The loop waits on the real clock on purpose: jobs read "now" from the
/// injected <see cref="TimeProvider"/>, which tests may replace with a fake one without stopping the loop.
/// </summary>
internal sealed class ScheduledJobService<TJob, TContext>(
    ScheduledJobRunner<TJob, TContext> runner,
    IOptions<SchedulingOptions> options,
    ScheduledJobInterval<TJob> defaultInterval,
    ILogger<ScheduledJobService<TJob, TContext>> logger) : BackgroundService
    where TJob : class, IScheduledJob
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var interval = options.Value.Jobs.TryGetValue(ScheduledJobRunner<TJob, TContext>.JobName, out var job) && job.Interval is { } configured
            ? configured
            : defaultInterval.Value;
        using var timer = new PeriodicTimer(interval, TimeProvider.System);
        while (await WaitForTickAsync(timer, stoppingToken))
        {
            try
            {
                await runner.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Already logged and counted by the runner; the next tick tries again.
                SchedulingLog.RoundWillRetry(logger, ScheduledJobRunner<TJob, TContext>.JobName, interval, exception.GetType().Name);
            }
        }
    }

    private static async Task<bool> WaitForTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

/// <summary>The interval a job was registered with, when configuration does not override it.</summary>
internal sealed record ScheduledJobInterval<TJob>(TimeSpan Value);
