using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Benchmarks.Messaging.Measurement;

/// <summary>
/// Listens to the platform's own <c>qingmeng.outbox.publish_delay</c> histogram (event staged → broker confirmed),
/// so A's end-to-end latency can be split into "outbox dispatch" and "broker + inbox consumer".
/// </summary>
public sealed class DispatchDelayRecorder : IDisposable
{
    private const string InstrumentName = "qingmeng.outbox.publish_delay";

    private readonly MeterListener _listener = new();
    private ConcurrentQueue<double> _samples = new();

    public DispatchDelayRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MessagingTelemetry.Name && instrument.Name == InstrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, milliseconds, _, _) => _samples.Enqueue(milliseconds));
        _listener.Start();
    }

    /// <summary>Starts a new collection (one per phase) and returns the previous phase's samples.</summary>
    public double[] Restart() => [.. Interlocked.Exchange(ref _samples, new ConcurrentQueue<double>())];

    public void Dispose() => _listener.Dispose();
}
