namespace Qingmeng.Benchmarks.Messaging.Measurement;

/// <summary>The timeline consumers report to; one run at a time, stray deliveries of an older run are counted and ignored.</summary>
public sealed class TimelineBoard
{
    private EventTimeline? _current;
    private int _strays;

    public int Strays => Volatile.Read(ref _strays);

    public void Activate(EventTimeline timeline) => Volatile.Write(ref _current, timeline);

    public void MarkFinished(Guid runId, int index, long timestamp)
    {
        var timeline = Volatile.Read(ref _current);
        if (timeline is null || timeline.RunId != runId || (uint)index >= (uint)timeline.Count)
        {
            Interlocked.Increment(ref _strays);
            return;
        }
        timeline.MarkFinished(index, timestamp);
    }
}
