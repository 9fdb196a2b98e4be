using System.Diagnostics;

namespace Qingmeng.Benchmarks.Messaging.Measurement;

/// <summary>Percentiles (nearest rank) of the finished events' latencies, in milliseconds.</summary>
public sealed record LatencySummary(int Samples, double Mean, double P50, double P95, double P99, double Max, int Negative)
{
    public static LatencySummary Of(EventTimeline timeline)
    {
        var latencies = new List<double>(timeline.Count);
        var negative = 0;
        for (var i = 0; i < timeline.Count; i++)
        {
            var started = timeline.StartedAt(i);
            var finished = timeline.FinishedAt(i);
            if (started == 0 || finished == 0)
            {
                continue;
            }
            var milliseconds = (finished - started) * 1000.0 / Stopwatch.Frequency;
            if (milliseconds < 0)
            {
                negative++;
            }
            latencies.Add(milliseconds);
        }

        return Of(latencies, negative);
    }

    public static LatencySummary Of(IReadOnlyCollection<double> samples) => Of([.. samples], samples.Count(s => s < 0));

    private static LatencySummary Of(List<double> latencies, int negative)
    {
        if (latencies.Count == 0)
        {
            return new LatencySummary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, negative);
        }
        latencies.Sort();
        return new LatencySummary(
            latencies.Count, latencies.Average(), Rank(latencies, 0.50), Rank(latencies, 0.95), Rank(latencies, 0.99), latencies[^1], negative);
    }

    private static double Rank(List<double> sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Count) - 1, 0, sorted.Count - 1)];
}
