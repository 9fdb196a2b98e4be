using System.Globalization;
using System.Text;
using Qingmeng.Benchmarks.Messaging.Pipeline;

namespace Qingmeng.Benchmarks.Messaging.Reporting;

/// <summary>The run's report: setup, one row per scenario, the A/B ratios and the two targets.</summary>
public static class MarkdownReport
{
    private const double TargetEventsPerSecond = 1_000;
    private const double TargetRatio = 0.25;

    public static string Render(
        MachineInfo machine, BenchOptions options, IReadOnlyDictionary<string, string> settings,
        IReadOnlyList<ScenarioResult> results, DateTimeOffset startedAt, TimeSpan duration)
    {
        var report = new StringBuilder();
        void Line(string text = "") => report.Append(text).Append('\n');

        Line("# Messaging benchmark: reliable pipeline (A) vs raw MassTransit (B)");
        Line();
        Line($"Run {startedAt:yyyy-MM-dd HH:mm:ss} UTC, {duration.TotalSeconds:F0} s in total.");
        Line();
        Line("## Machine and load");
        Line();
        Line($"- Cores: {machine.Cores} · CPU: {machine.Cpu} · memory: {machine.MemoryGiB:F1} GiB");
        Line($"- OS: {machine.Os} · runtime: {machine.Runtime} (Release, server GC)");
        Line($"- Load average before the run: {machine.LoadAverage} (the servers and the benchmark share these cores)");
        Line($"- Events measured per scenario: {options.Events:N0} · warm-up per scenario: {options.WarmUp:N0} (same shape, not counted)");
        Line($"- Producers: {options.Producers} concurrent, each one unit of work at a time (A: own DI scope + DbContext + SaveChanges; B: Publish awaiting the broker confirm)");
        Line($"- Phase time limit: {options.TimeoutSeconds} s");
        foreach (var (name, value) in settings)
        {
            Line($"- {name}: {value}");
        }
        Line();
        Line("## Results");
        Line();
        Line("| Id | Scenario | Events | Producer rate (ev/s) | Throughput end-to-end (ev/s) | p50 ms | p95 ms | p99 ms | max ms | mean ms |");
        Line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            var m = result.Measured;
            var l = m.Latency;
            Line($"| {result.Scenario.Id} | {result.Scenario.Description} | {m.Finished:N0}/{m.Events:N0} | {N(m.ProducerRate)} | {N(m.Throughput)} | {F(l.P50)} | {F(l.P95)} | {F(l.P99)} | {F(l.Max)} | {F(l.Mean)} |");
        }
        Line();
        foreach (var result in results.Where(r => r.Failure is not null || r.RowCheck is not null || r.Measured.Redeliveries > 0 || r.Measured.Latency.Negative > 0))
        {
            var notes = new List<string>();
            if (result.Failure is not null)
            {
                notes.Add($"**{result.Failure}**");
            }
            if (result.RowCheck is not null)
            {
                notes.Add($"rows after the run: {result.RowCheck}");
            }
            if (result.Measured.Redeliveries > 0)
            {
                notes.Add($"{result.Measured.Redeliveries} redelivered events (counted once)");
            }
            if (result.Measured.Latency.Negative > 0)
            {
                notes.Add($"{result.Measured.Latency.Negative} negative latencies (consumed before the start stamp)");
            }
            Line($"- {result.Scenario.Id}: {string.Join("; ", notes)}");
        }
        Line();
        var dispatched = results.Where(r => r.Measured.DispatchDelay is not null).ToList();
        if (dispatched.Count > 0)
        {
            Line("A's latency split: the platform's own `qingmeng.outbox.publish_delay` (event staged before SaveChanges → broker confirmed the publish):");
            Line();
            Line("| Id | p50 ms | p95 ms | p99 ms | max ms |");
            Line("|---|---:|---:|---:|---:|");
            foreach (var result in dispatched)
            {
                var d = result.Measured.DispatchDelay!;
                Line($"| {result.Scenario.Id} | {F(d.P50)} | {F(d.P95)} | {F(d.P99)} | {F(d.Max)} |");
            }
            Line();
        }
        RenderTargets(results, Line);
        Line();
        Line("Throughput = measured events / (start of the measured phase → last event consumed). Latency, A: SaveChangesAsync has returned (outbox rows committed) → " +
             "the inbox consumer's transaction (inbox row + effect row) has committed; B: just before IBus.Publish → the consumer is invoked. " +
             "Saturation scenarios offer load as fast as the producers can, so their latency includes queueing behind the backlog; paced scenarios show latency at a fixed offered load.");
        return report.ToString();
    }

    private static void RenderTargets(IReadOnlyList<ScenarioResult> results, Action<string> line)
    {
        line("## Targets");
        line("");
        var baseline = results.FirstOrDefault(r => r.Scenario.Pipeline == PipelineKind.Raw && r.Scenario.RatePerSecond == 0 && r.Failure is null);
        foreach (var result in results.Where(r => r.Scenario.Pipeline == PipelineKind.Reliable && r.Scenario.RatePerSecond == 0))
        {
            var throughput = result.Failure is null ? result.Measured.Throughput : double.NaN;
            var sustains = throughput >= TargetEventsPerSecond;
            var ratioText = "n/a (no completed B baseline)";
            if (baseline is not null)
            {
                var ratio = throughput / baseline.Measured.Throughput;
                ratioText = $"{ratio:P0} of {baseline.Scenario.Id} ({N(baseline.Measured.Throughput)} ev/s) → {(ratio >= TargetRatio ? "PASS" : "FAIL")} (target ≥ {TargetRatio:P0})";
            }
            line($"- {result.Scenario.Id} ({result.Scenario.Description}): {N(throughput)} ev/s → {(sustains ? "PASS" : "FAIL")} (target ≥ {TargetEventsPerSecond:N0} ev/s); A/B = {ratioText}");
        }
    }

    private static string N(double value) => double.IsFinite(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : "–";

    private static string F(double value) => double.IsFinite(value) ? value.ToString("F1", CultureInfo.InvariantCulture) : "–";
}
