extern alias talent;

using System.Diagnostics;
using System.Globalization;
using talent::Qingmeng.Talent.Model;

// Usage: dotnet run -c Release --project bench/Talent.Benchmarks [-- queries]
// Measures what the nearest and coverage endpoints compute once the points are loaded (one small query).
var queries = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var random = new Random(20261128);

GeoPoint RandomInZone() => new(
    ZoneMap.SouthWest.Latitude + random.NextDouble() * (ZoneMap.NorthEast.Latitude - ZoneMap.SouthWest.Latitude),
    ZoneMap.SouthWest.Longitude + random.NextDouble() * (ZoneMap.NorthEast.Longitude - ZoneMap.SouthWest.Longitude));

Console.WriteLine("## Nearest service points (3 nearest of N, haversine scan)");
Console.WriteLine();
Console.WriteLine("| points | queries | p50 µs | p95 µs | p99 µs |");
Console.WriteLine("|---:|---:|---:|---:|---:|");
foreach (var count in new[] { 12, 100, 1_000, 10_000 })
{
    var points = Enumerable.Range(0, count).Select(_ => RandomInZone()).ToArray();
    var n = count >= 10_000 ? Math.Max(1, queries / 20) : queries;
    var samples = new double[n];
    for (var i = 0; i < 200; i++)
    {
        NearestPoints.Find(points, p => p, RandomInZone(), 3);
    }
    for (var i = 0; i < n; i++)
    {
        var origin = RandomInZone();
        var started = Stopwatch.GetTimestamp();
        NearestPoints.Find(points, p => p, origin, 3);
        samples[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
    }
    Array.Sort(samples);
    Console.WriteLine($"| {count:N0} | {n:N0} | {Percentile(samples, 0.50):F1} | {Percentile(samples, 0.95):F1} | {Percentile(samples, 0.99):F1} |");
}

Console.WriteLine();
Console.WriteLine("## Coverage of the whole zone (10 minutes at 4.8 km/h, detour 1.3)");
Console.WriteLine();
Console.WriteLine("| cell m | cells | points | runs | median ms | max ms | covered |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
GeoPoint[] zonePoints =
[
    new(24.8712, 118.5772), new(24.8625, 118.5628), new(24.8788, 118.5843),
    new(24.8676, 118.5905), new(24.8548, 118.5771), new(24.8768, 118.5686),
];
foreach (var (cell, points) in new[] { (100.0, zonePoints), (50.0, zonePoints), (25.0, zonePoints), (50.0, Enumerable.Range(0, 60).Select(_ => RandomInZone()).ToArray()) })
{
    const int runs = 20;
    var times = new double[runs];
    CoverageReport report = null!;
    CoverageCalculator.Compute(points, ZoneMap.Grid(cell), ZoneMap.Areas, WalkingCircle.Standard, 500);
    for (var i = 0; i < runs; i++)
    {
        var started = Stopwatch.GetTimestamp();
        report = CoverageCalculator.Compute(points, ZoneMap.Grid(cell), ZoneMap.Areas, WalkingCircle.Standard, 500);
        times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
    Array.Sort(times);
    Console.WriteLine($"| {cell:F0} | {report.Cells:N0} | {points.Length} | {runs} | {times[runs / 2]:F2} | {times[^1]:F2} | {report.CoveredShare:P1} |");
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
