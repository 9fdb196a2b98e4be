extern alias gateway;

using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Platform.IntegrationTests.Infrastructure;
using GatewayProgram = gateway::Program;

namespace Platform.IntegrationTests.Outages;

/// <summary>A Redis outage costs the gateway its rate limits for a while, never its requests or its readiness.</summary>
[Collection(PlatformServersCollection.Name)]
public sealed class RedisOutageTests(PlatformServersFixture servers)
{
    private const string LimitedPath = "/api/outage-probe";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task With_Redis_stopped_the_gateway_answers_quickly_and_stays_ready_and_limits_again_once_Redis_is_back()
    {
        await using var gateway = new ServiceHost<GatewayProgram>(new Dictionary<string, string>
        {
            ["ConnectionStrings:cache"] = servers.Redis.ConnectionString,
            ["Gateway:RateLimitPermits"] = "3",
            ["Gateway:RateLimitWindow"] = "00:00:30",
            ["Gateway:RateLimitBreakDuration"] = "00:00:02",
            ["Authentication:Issuer"] = TestTokens.Issuer,
        });
        using var client = gateway.CreateClient();
        await ResetWindowAsync();
        await Eventually.MatchesAsync(() => StatusAsync(client), status => status == HttpStatusCode.TooManyRequests, Generous, "the limiter to refuse a client over its limit");

        await servers.Redis.StopAsync();
        var redisRunning = false;
        try
        {
            var outage = Stopwatch.StartNew();
            var latencies = new List<TimeSpan>();
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 20; i++)
            {
                var request = Stopwatch.StartNew();
                statuses.Add(await StatusAsync(client));
                latencies.Add(request.Elapsed);
            }
            var breaks = outage.Elapsed;

            // Over its limit of 3 and still let through: the limiter fails open, and quickly.
            Assert.All(statuses, status => Assert.Equal(HttpStatusCode.NotFound, status));
            var p95 = latencies.Order().ElementAt((int)Math.Ceiling(latencies.Count * 0.95) - 1);
            Assert.True(p95 < TimeSpan.FromMilliseconds(500), $"p95 {p95.TotalMilliseconds:0} ms; all: {string.Join(", ", latencies.Select(l => l.TotalMilliseconds.ToString("0")))}");

            // One warning per break of the circuit (it retries Redis every 2 s), not one per request.
            var warnings = gateway.Logs.Lines.Count(line => line.Contains("Rate limiter unavailable", StringComparison.Ordinal));
            Assert.InRange(warnings, 1, 1 + (int)(breaks.TotalSeconds / 2));

            // Readiness: Redis is Degraded, the gateway stays in rotation.
            using var health = await client.GetAsync("/health");
            var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal("Degraded", body.GetProperty("status").GetString());

            await servers.Redis.StartAgainAsync();
            redisRunning = true;
            await ResetWindowAsync();

            await Eventually.MatchesAsync(() => StatusAsync(client), status => status == HttpStatusCode.TooManyRequests, Generous, "the limiter to refuse again once Redis is back");
        }
        finally
        {
            if (!redisRunning)
            {
                // Redis is shared by the collection: never leave it stopped for the next test.
                await servers.Redis.StartAgainAsync();
            }
        }
    }

    /// <summary>No public route matches <see cref="LimitedPath"/>: the gateway itself answers 404 (or 429), no backend is involved.</summary>
    private static async Task<HttpStatusCode> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync(LimitedPath);
        return response.StatusCode;
    }

    /// <summary>In-memory test requests have no remote address, so all share one counter: start from zero.</summary>
    private async Task ResetWindowAsync()
    {
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(servers.Redis.ConnectionString);
        await redis.GetDatabase().KeyDeleteAsync("gateway:ratelimit:ip:unknown");
    }
}
