using System.Globalization;

namespace Qingmeng.Benchmarks.Governance;

/// <summary>Command-line options: <c>--name value</c> pairs; see bench/README.md.</summary>
public sealed record BenchOptions(
    IReadOnlySet<string> Scenarios,
    int Cases,
    int Runs,
    double Rate,
    int IntakeCases,
    int WarmUpCases,
    int Departments,
    int PollMilliseconds,
    int PageSize,
    int TimeoutSeconds)
{
    public static BenchOptions From(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected --name value, got {args[i]}");
            }
            values[args[i][2..]] = args[i + 1];
        }
        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchOptions(
            (values.TryGetValue("scenarios", out var s) ? s : "kpi,intake").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase),
            Int("cases", 100_000),
            Int("runs", 5),
            values.TryGetValue("rate", out var r) ? double.Parse(r, CultureInfo.InvariantCulture) : 50,
            Int("intake-cases", 3_000),
            Int("warmup-cases", 250),
            Int("departments", 5),
            Int("poll-ms", 100),
            Int("page-size", 20),
            Int("timeout-seconds", 300));
    }
}
