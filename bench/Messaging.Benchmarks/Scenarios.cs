using Qingmeng.Benchmarks.Messaging.Pipeline;

namespace Qingmeng.Benchmarks.Messaging;

/// <summary>The load shapes: B first (its queue auto-deletes when its host stops), then A on one host.</summary>
public static class Scenarios
{
    public static IReadOnlyList<Scenario> All(BenchOptions options) =>
    [
        new("B1", PipelineKind.Raw, "raw publish→consume, saturation", 1, 0, 0),
        new("B2", PipelineKind.Raw, $"raw publish→consume, paced {options.PacedRate:N0} ev/s", 1, 0, options.PacedRate),
        new("A1", PipelineKind.Reliable, "outbox→inbox, 1 event/tx, distinct keys, saturation", 1, 0, 0),
        new("A2", PipelineKind.Reliable, "outbox→inbox, 10 events/tx, distinct keys, saturation", 10, 0, 0),
        new("A3", PipelineKind.Reliable, $"outbox→inbox, 1 event/tx, {options.FewKeys} keys (ordered lanes), saturation", 1, options.FewKeys, 0),
        new("A4", PipelineKind.Reliable, $"outbox→inbox, 1 event/tx, distinct keys, paced {options.PacedRate:N0} ev/s", 1, 0, options.PacedRate),
    ];
}
