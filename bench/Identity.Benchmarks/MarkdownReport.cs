using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Qingmeng.Benchmarks.Identity;

public static class MarkdownReport
{
    public static string Render(BenchOptions options, IReadOnlyDictionary<string, string> settings, IReadOnlyList<TokenRun> runs,
        ValidationResult? validation, DateTimeOffset startedAt, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"# Identity token benchmark — {startedAt:yyyy-MM-dd HH:mm:ss} UTC");
        text.AppendLine();
        text.AppendLine(inv, $"- Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average at start {LoadAverage()}");
        text.AppendLine(inv, $"- Shape: callers {options.Callers}; {options.ClientCredentials:N0} client-credentials and {options.Password:N0} password requests per run after {options.WarmUp} warm-up; {options.Validations:N0} validations");
        foreach (var (name, value) in settings)
        {
            text.AppendLine(inv, $"- {name}: {value}");
        }
        text.AppendLine(inv, $"- Duration: {elapsed:mm\\:ss}");
        text.AppendLine();
        text.AppendLine("| grant | callers | requests | failures | tokens/s | p50 ms | p90 ms | p99 ms | max ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var l = run.Latency;
            text.AppendLine(inv, $"| {run.Grant} | {run.Callers} | {run.Requests:N0} | {run.Failures} | {run.TokensPerSecond:N0} | {l.P50:F1} | {l.P90:F1} | {l.P99:F1} | {l.Max:F1} |");
        }
        foreach (var failed in runs.Where(r => r.FirstFailure is not null))
        {
            text.AppendLine(inv, $"\nFirst failure of {failed.Grant} × {failed.Callers}: `{failed.FirstFailure}`");
        }
        if (validation is not null)
        {
            text.AppendLine();
            text.AppendLine(inv, $"JWT validation (JsonWebTokenHandler.ValidateTokenAsync, RS256, JWKS key): **{validation.MicrosecondsPerToken:F1} µs/token** on one thread; " +
                $"{validation.ParallelValidationsPerSecond:N0} validations/s on {validation.Threads} threads; invalid: {validation.Invalid}.");
        }
        return text.ToString();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
