namespace Qingmeng.Benchmarks.Messaging.Pipeline;

public enum PipelineKind
{
    /// <summary>(A) outbox → dispatcher → broker → inbox consumer.</summary>
    Reliable,

    /// <summary>(B) IBus.Publish → broker → plain consumer.</summary>
    Raw,
}

/// <param name="Id">Short id used on the command line and in the report.</param>
/// <param name="EventsPerUnit">Events per transaction (A) or 1 (B: one publish each).</param>
/// <param name="AggregateKeys">0 = a distinct aggregate key per event.</param>
/// <param name="RatePerSecond">0 = producers go as fast as they can (saturation); otherwise a fixed offered load.</param>
public sealed record Scenario(string Id, PipelineKind Pipeline, string Description, int EventsPerUnit, int AggregateKeys, int RatePerSecond);
