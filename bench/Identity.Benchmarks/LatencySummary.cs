namespace Qingmeng.Benchmarks.Identity;

public sealed record LatencySummary(double P50, double P90, double P99, double Max)
{
    /// <summary>Nearest-rank percentiles of the given latencies in milliseconds.</summary>
    public static LatencySummary From(IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new(Percentile(sorted, 0.50), Percentile(sorted, 0.90), Percentile(sorted, 0.99), sorted[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
