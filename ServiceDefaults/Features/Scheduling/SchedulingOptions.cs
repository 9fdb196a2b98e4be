namespace Qingmeng.ServiceDefaults.Scheduling;

/// <summary>The <c>Scheduling</c> section: <c>Enabled</c>, and per job class <c>Jobs:&lt;Name&gt;:Interval</c>.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>False stops every job's loop (the on-demand round still works), e.g. for a read-only replica.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often a running round asks its lock connection whether it still holds the lock; a round that lost it is
    /// cancelled. Cheap (one query on the job's own connection), so it can be often.
    /// </summary>
    public TimeSpan LockCheckInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A lock check that has no answer after this long counts as a lost lock (a network cut rather than a closed connection).</summary>
    public TimeSpan LockCheckTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a round waits after taking the lock before its job starts: time for a replica whose connection was just
    /// dropped to notice at its next lock check and stop. Keep it a few times <see cref="LockCheckInterval"/>.
    /// </summary>
    public TimeSpan TakeoverDelay { get; set; } = TimeSpan.FromSeconds(1);

    public Dictionary<string, ScheduledJobOptions> Jobs { get; set; } = [];
}

public sealed class ScheduledJobOptions
{
    public TimeSpan? Interval { get; set; }
}
