using System.Diagnostics;

namespace Qingmeng.Benchmarks.Identity;

/// <summary>One measured run: <c>callers</c> concurrent callers, each sending token requests back to back until the count is reached.</summary>
public sealed record TokenRun(string Grant, int Callers, int Requests, int Failures, TimeSpan Elapsed, LatencySummary Latency, string? FirstFailure)
{
    public double TokensPerSecond => (Requests - Failures) / Elapsed.TotalSeconds;
}

public static class TokenLoad
{
    public static async Task<TokenRun> RunAsync(
        HttpClient http, string grant, Func<Dictionary<string, string>> form, int callers, int requests, int warmUp, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        await DriveAsync(http, form, callers, new double[warmUp], timeout, cancellationToken);
        var latencies = new double[requests];
        var clock = Stopwatch.StartNew();
        var (failures, firstFailure) = await DriveAsync(http, form, callers, latencies, timeout, cancellationToken);
        var elapsed = clock.Elapsed;
        return new TokenRun(grant, callers, requests, failures, elapsed, LatencySummary.From(latencies), firstFailure);
    }

    private static async Task<(int Failures, string? FirstFailure)> DriveAsync(
        HttpClient http, Func<Dictionary<string, string>> form, int callers, double[] latencies, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var next = -1;
        var failures = 0;
        string? firstFailure = null;
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < latencies.Length)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form()), deadline.Token);
                var body = await response.Content.ReadAsStringAsync(deadline.Token);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref firstFailure, $"{(int)response.StatusCode} {body}", null);
                }
            }
        }));
        return (failures, firstFailure);
    }
}
