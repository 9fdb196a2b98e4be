namespace Qingmeng.ServiceDefaults.Scheduling;

/// <summary>The <c>Scheduling</c> section: <c>Enabled</c>, and per job class <c>Jobs:&lt;Name&gt;:Interval</c>.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>False stops every job's loop (the on-demand round still works), e.g. for a read-only replica.</summary>
    public bool Enabled { get; set; } = true;

    public Dictionary<string, ScheduledJobOptions> Jobs { get; set; } = [];
}

public sealed class ScheduledJobOptions
{
    public TimeSpan? Interval { get; set; }
}
