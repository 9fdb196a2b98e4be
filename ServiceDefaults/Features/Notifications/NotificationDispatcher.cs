using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults.Notifications;

/// <summary>
/// Works through the notification rows that were not sent when they were first handed in: throttled, failed,
/// or left claimed by a sender that crashed. Every replica runs one; claims keep them from sending a row twice.
/// The loop waits on the real clock, like the scheduled jobs; what is due is read from the injected clock.
/// </summary>
internal sealed class NotificationDispatcher<TContext>(
    NotificationSender<TContext> sender,
    IOptions<NotificationOptions> options,
    ILogger<NotificationDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, TimeProvider.System);
        do
        {
            try
            {
                // A full batch means more may be due: go again before waiting.
                while (await sender.DispatchDueAsync(stoppingToken) >= options.Value.BatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                NotificationLog.DispatchFailed(logger, exception);
            }
        }
        while (await WaitForTickAsync(timer, stoppingToken));
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
