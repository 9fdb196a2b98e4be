using System.Diagnostics;
using Qingmeng.Benchmarks.Messaging.Measurement;

namespace Qingmeng.Benchmarks.Messaging.Pipeline;

/// <summary>Runs a scenario's warm-up and measured phases against one pipeline, each bounded in time.</summary>
public sealed class ScenarioRunner(BenchOptions options, TimelineBoard board, DispatchDelayRecorder dispatchDelays)
{
    public async Task<ScenarioResult> RunAsync(Scenario scenario, IPipelineDriver driver, CancellationToken cancellationToken)
    {
        await driver.ResetAsync(cancellationToken);
        if (options.WarmUp > 0)
        {
            var warmUp = await RunPhaseAsync(scenario, driver, options.WarmUp, cancellationToken);
            if (!warmUp.Completed)
            {
                return new ScenarioResult(scenario, warmUp, $"warm-up did not complete: {warmUp.Failure}");
            }
        }
        var measured = await RunPhaseAsync(scenario, driver, options.Events, cancellationToken);
        return new ScenarioResult(scenario, measured, measured.Failure);
    }

    private async Task<PhaseResult> RunPhaseAsync(Scenario scenario, IPipelineDriver driver, int count, CancellationToken cancellationToken)
    {
        var timeline = new EventTimeline(Guid.NewGuid(), count);
        board.Activate(timeline);
        dispatchDelays.Restart();
        var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        using var phase = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        phase.CancelAfter(timeout);

        var units = (count + scenario.EventsPerUnit - 1) / scenario.EventsPerUnit;
        var nextUnit = -1;
        var startedAt = Stopwatch.GetTimestamp();

        async Task ProduceAsync()
        {
            while (Interlocked.Increment(ref nextUnit) is var unit && unit < units)
            {
                var first = unit * scenario.EventsPerUnit;
                if (scenario.RatePerSecond > 0)
                {
                    // Open-loop pacing: unit n is due at n·k/rate after the start, however late earlier ones were.
                    var dueAt = startedAt + (long)((double)first * Stopwatch.Frequency / scenario.RatePerSecond);
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), dueAt);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, phase.Token);
                    }
                }
                var events = EventFactory.Create(timeline.RunId, first, Math.Min(scenario.EventsPerUnit, count - first), scenario.AggregateKeys);
                await driver.SendAsync(events, timeline, phase.Token);
            }
        }

        string? failure = null;
        long producedAt = 0;
        try
        {
            await Task.WhenAll(Enumerable.Range(0, options.Producers).Select(_ => Task.Run(ProduceAsync, phase.Token)));
            producedAt = Stopwatch.GetTimestamp();
            await timeline.AllFinished.WaitAsync(phase.Token);
        }
        catch (OperationCanceledException) when (phase.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            failure = $"ABORTED after {timeout.TotalSeconds:F0} s: {timeline.FinishedCount:N0} of {count:N0} events consumed";
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            failure = $"FAILED: {exception.GetType().Name}: {exception.Message}";
        }

        var lastFinished = LastFinished(timeline);
        var dispatch = dispatchDelays.Restart();
        return new PhaseResult(
            count,
            timeline.FinishedCount,
            failure is null,
            failure,
            ProducingSeconds: producedAt == 0 ? double.NaN : Stopwatch.GetElapsedTime(startedAt, producedAt).TotalSeconds,
            EndToEndSeconds: lastFinished == 0 ? double.NaN : Stopwatch.GetElapsedTime(startedAt, lastFinished).TotalSeconds,
            LatencySummary.Of(timeline),
            timeline.Redeliveries,
            dispatch.Length == 0 ? null : LatencySummary.Of(dispatch));
    }

    private static long LastFinished(EventTimeline timeline)
    {
        long last = 0;
        for (var i = 0; i < timeline.Count; i++)
        {
            last = Math.Max(last, timeline.FinishedAt(i));
        }
        return last;
    }
}
