using Qingmeng.Benchmarks.Messaging.Measurement;

namespace Qingmeng.Benchmarks.Messaging.Pipeline;

/// <param name="ProducingSeconds">From the start until every producer had committed/published its last event.</param>
/// <param name="EndToEndSeconds">From the start until the last event was consumed.</param>
/// <param name="DispatchDelay">A only: the platform's own outbox publish delay (event staged → broker confirmed).</param>
public sealed record PhaseResult(
    int Events, int Finished, bool Completed, string? Failure, double ProducingSeconds, double EndToEndSeconds,
    LatencySummary Latency, int Redeliveries, LatencySummary? DispatchDelay)
{
    /// <summary>Events consumed per second over the whole phase (what the pipeline sustains end to end).</summary>
    public double Throughput => Finished / EndToEndSeconds;

    /// <summary>Events committed (A) or published (B) per second by the producers.</summary>
    public double ProducerRate => Events / ProducingSeconds;
}

public sealed record ScenarioResult(Scenario Scenario, PhaseResult Measured, string? Failure)
{
    /// <summary>A cross-check of the database state after the run (A only), e.g. "outbox 22,000 (0 unsent) · inbox 22,000 · effects 22,000".</summary>
    public string? RowCheck { get; init; }
}
