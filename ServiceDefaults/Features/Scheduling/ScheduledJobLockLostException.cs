namespace Qingmeng.ServiceDefaults.Scheduling;

/// <summary>
/// A round was cancelled because the connection holding its lock went away (or stopped answering): another
/// replica may now hold the lock, so this one must not go on.
/// </summary>
public sealed class ScheduledJobLockLostException(string job, Exception? cause)
    : Exception($"Scheduled job {job} lost its lock; the round was cancelled.", cause)
{
    public string Job { get; } = job;
}
