namespace Qingmeng.ServiceDefaults.Scheduling;

/// <summary>
/// Recurring background work (reminders, overdue checks, renewal warnings). Each round runs in a fresh DI
/// scope on one replica at a time; the job itself must still be idempotent per item, because a round
/// can be cut short and repeated.
/// </summary>
public interface IScheduledJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
