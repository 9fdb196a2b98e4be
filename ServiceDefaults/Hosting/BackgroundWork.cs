using OpenTelemetry.Trace;

namespace Qingmeng.ServiceDefaults;

/// <summary>
/// Marks work a service starts on its own, on a timer (outbox polling, scheduled rounds): a span started there without
/// a parent starts no trace (see <see cref="BackgroundWorkSampler"/>), so the dashboard's traces page is not buried
/// under database round trips that found nothing to do. Spans with a parent are untouched: an outbox row still
/// publishes under the trace of the request that staged it, and the consumers' spans follow. Unlike OpenTelemetry's
/// SuppressInstrumentationScope this keeps the work's logs, which that scope drops too.
/// </summary>
public static class BackgroundWork
{
    private static readonly AsyncLocal<bool> Marked = new();

    public static bool IsCurrent => Marked.Value;

    /// <summary>Marks the current async flow (and what it calls) until the scope is disposed.</summary>
    public static Scope Begin()
    {
        var previous = Marked.Value;
        Marked.Value = true;
        return new Scope(previous);
    }

    public readonly struct Scope(bool previous) : IDisposable
    {
        public void Dispose() => Marked.Value = previous;
    }
}

/// <summary>Drops spans without a parent that start inside <see cref="BackgroundWork"/>; samples every other root.</summary>
internal sealed class BackgroundWorkSampler : Sampler
{
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);
    private static readonly SamplingResult Sample = new(SamplingDecision.RecordAndSample);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        BackgroundWork.IsCurrent ? Drop : Sample;
}
