using System.Globalization;

namespace Qingmeng.Benchmarks.Gateway;

/// <summary>
/// Command line: <c>--seconds 10 --concurrency 16 --rounds 2 --warmup 15 --latency-seconds 10 --scenarios get,post,sse</c>;
/// any <c>--Gateway:…</c> is passed to the gateway. <c>--latency-seconds 0</c> skips the one-caller latency phases.
/// </summary>
public sealed record BenchOptions(
    int Seconds, int Concurrency, int Rounds, int WarmupSeconds, int LatencySeconds, IReadOnlyList<string> Scenarios, IReadOnlyDictionary<string, string> GatewaySettings)
{
    public static readonly string[] AllScenarios = ["get", "post", "sse"];

    public static BenchOptions From(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var gateway = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var key = args[i].TrimStart('-');
            if (key.Contains(':', StringComparison.Ordinal))
            {
                gateway[key] = args[i + 1];
            }
            else
            {
                values[key] = args[i + 1];
            }
        }
        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var scenarios = values.TryGetValue("scenarios", out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : AllScenarios;
        var unknown = scenarios.Except(AllScenarios).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown scenarios {string.Join(", ", unknown)}; known: {string.Join(", ", AllScenarios)}.");
        }
        return new(Int("seconds", 10), Int("concurrency", 16), Int("rounds", 2), Int("warmup", 15), Int("latency-seconds", 10), scenarios, gateway);
    }
}
