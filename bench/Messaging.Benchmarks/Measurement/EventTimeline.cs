using System.Diagnostics;

namespace Qingmeng.Benchmarks.Messaging.Measurement;

/// <summary>
/// Start and end timestamps (<see cref="Stopwatch.GetTimestamp"/>) of every event of one run, one slot per event.
/// Latencies are computed only after the run, so a consumer finishing before its producer recorded the start
/// cannot race anything; such a case would show up as a negative latency and is counted.
/// </summary>
public sealed class EventTimeline(Guid runId, int count)
{
    private readonly long[] _started = new long[count];
    private readonly long[] _finished = new long[count];
    private readonly TaskCompletionSource _allFinished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _finishedCount;
    private int _redeliveries;

    public Guid RunId { get; } = runId;

    public int Count { get; } = count;

    public int FinishedCount => Volatile.Read(ref _finishedCount);

    /// <summary>Deliveries of an event that had already finished (broker redelivery); not counted twice.</summary>
    public int Redeliveries => Volatile.Read(ref _redeliveries);

    public Task AllFinished => _allFinished.Task;

    public void MarkStarted(int index, long timestamp) => _started[index] = timestamp;

    public void MarkFinished(int index, long timestamp)
    {
        if (Interlocked.CompareExchange(ref _finished[index], timestamp, 0) != 0)
        {
            Interlocked.Increment(ref _redeliveries);
            return;
        }
        if (Interlocked.Increment(ref _finishedCount) == Count)
        {
            _allFinished.TrySetResult();
        }
    }

    public long StartedAt(int index) => _started[index];

    public long FinishedAt(int index) => _finished[index];
}
