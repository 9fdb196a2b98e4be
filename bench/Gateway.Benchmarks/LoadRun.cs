using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Qingmeng.Benchmarks.Gateway;

/// <summary>One scenario's request, built fresh for each send (a request message is single-use).</summary>
public sealed record Scenario(string Id, string Description, Func<HttpRequestMessage> NewRequest, bool ReadsEventStream);

/// <summary>What one target (direct or through the gateway) answered during one timed phase.</summary>
public sealed class PhaseResult(string target)
{
    public string Target { get; } = target;
    public List<double> Milliseconds { get; } = [];
    public List<double> FirstEventMilliseconds { get; } = [];
    public Dictionary<HttpStatusCode, int> Failures { get; } = [];
    public TimeSpan Elapsed { get; set; }

    /// <summary>CPU used by the whole bench (client, gateway, services and their servers) during the phase.</summary>
    public TimeSpan Cpu { get; set; }

    public double RequestsPerSecond => Milliseconds.Count / Elapsed.TotalSeconds;

    public double CpuMicrosecondsPerRequest => Cpu.TotalMicroseconds / Math.Max(1, Milliseconds.Count);

    public void Add(PhaseResult other)
    {
        Milliseconds.AddRange(other.Milliseconds);
        FirstEventMilliseconds.AddRange(other.FirstEventMilliseconds);
        foreach (var (status, count) in other.Failures)
        {
            Failures[status] = Failures.GetValueOrDefault(status) + count;
        }
        Elapsed += other.Elapsed;
        Cpu += other.Cpu;
    }
}

/// <summary>A closed loop: <c>concurrency</c> callers, each sending its next request as soon as the last one is read to the end.</summary>
public static class LoadRun
{
    public static async Task<PhaseResult> RunAsync(HttpClient client, string target, Scenario scenario, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var perCaller = Enumerable.Range(0, concurrency).Select(_ => new PhaseResult(target)).ToArray();
        var cpuAtStart = CpuClock.Now();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(perCaller.Select(result => CallerAsync(client, scenario, result, clock, duration, cancellationToken)));
        var total = new PhaseResult(target);
        foreach (var result in perCaller)
        {
            total.Add(result);
        }
        total.Elapsed = clock.Elapsed;
        total.Cpu = CpuClock.Now() - cpuAtStart;
        return total;
    }

    private static async Task CallerAsync(HttpClient client, Scenario scenario, PhaseResult result, Stopwatch clock, TimeSpan duration, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
        {
            using var request = scenario.NewRequest();
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            double? firstEvent = null;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (scenario.ReadsEventStream && firstEvent is null && Encoding.UTF8.GetString(buffer, 0, read).Contains("data:", StringComparison.Ordinal))
                {
                    firstEvent = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                result.Failures[response.StatusCode] = result.Failures.GetValueOrDefault(response.StatusCode) + 1;
                continue;
            }
            result.Milliseconds.Add(elapsed);
            if (firstEvent is { } first)
            {
                result.FirstEventMilliseconds.Add(first);
            }
        }
    }

    public static HttpRequestMessage Authorized(HttpMethod method, string path, string token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}

public sealed record Percentiles(double P50, double P99)
{
    /// <summary>Nearest-rank percentiles of the given latencies in milliseconds.</summary>
    public static Percentiles From(IReadOnlyList<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new(double.NaN, double.NaN);
        }
        var sorted = milliseconds.Order().ToArray();
        return new(At(sorted, 0.50), At(sorted, 0.99));
    }

    private static double At(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
