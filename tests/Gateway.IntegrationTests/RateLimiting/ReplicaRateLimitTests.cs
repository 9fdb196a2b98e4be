extern alias gateway;

using System.Net;
using Qingmeng.Testing.Hosting;
using StackExchange.Redis;
using GatewayProgram = gateway::Program;

namespace Gateway.IntegrationTests.RateLimiting;

/// <summary>Two gateway replicas on one Redis: one client's limit holds across them, without a round trip per request.</summary>
public sealed class ReplicaRateLimitTests(RedisOnlyFixture fixture) : IClassFixture<RedisOnlyFixture>
{
    private const int Permits = 200;
    // A tenth of the limit (see FailOpenRateLimiter.LeaseSize); the documented bound is 1.5 leases per other replica.
    private const int LeaseSize = Permits / 10;
    // Unrouted: the gateway itself answers 404, or 429 over the limit; no service is involved.
    private const string ProbePath = "/api/replica-probe";

    [Fact]
    public async Task Two_replicas_hammered_at_once_let_through_at_most_the_limit_and_ask_Redis_about_once_per_lease()
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:cache"] = fixture.Redis.ConnectionString,
            ["Gateway:RateLimitPermits"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Long enough that the window never ends mid-test on a loaded machine.
            ["Gateway:RateLimitWindow"] = "00:05:00",
            // Counted exactly: a loaded machine must not turn a slow answer into requests let through unchecked.
            ["Gateway:RateLimitRedisTimeout"] = "00:00:05",
            ["Authentication:Issuer"] = TestTokens.Issuer,
        };
        await using var first = new ServiceHost<GatewayProgram>(settings);
        await using var second = new ServiceHost<GatewayProgram>(settings);
        // In-process requests have no remote address: both replicas count them as the one client "ip:unknown".
        HttpClient[] replicas = [first.CreateClient(), second.CreateClient()];
        // Admin mode for INFO commandstats, the count of scripts run.
        await using var redis = await ConnectionMultiplexer.ConnectAsync($"{fixture.Redis.ConnectionString},allowAdmin=true");
        await redis.GetDatabase().KeyDeleteAsync("gateway:ratelimit:ip:unknown");
        await Task.WhenAll(replicas.Select(r => r.GetAsync("/alive")));

        // Half the limit, spread over both replicas: all let through, a few leases asked for.
        var scriptsBefore = await ScriptCallsAsync(redis);
        var underTheLimit = await SendAsync(replicas, Permits / 2, concurrency: 8);
        var scriptCalls = await ScriptCallsAsync(redis) - scriptsBefore;

        // Then far more than is left, from both at once.
        var overTheLimit = await SendAsync(replicas, 3 * Permits, concurrency: 16);

        Assert.All(underTheLimit, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.True(scriptCalls <= Permits / 2 / 5, $"{scriptCalls} round trips to Redis for {Permits / 2} requests");
        var allowed = underTheLimit.Count + overTheLimit.Count(status => status == HttpStatusCode.NotFound);
        Assert.InRange(allowed, Permits - (int)(1.5 * LeaseSize), Permits);
        Assert.All(overTheLimit, status => Assert.Contains(status, new[] { HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests }));
    }

    /// <summary>Sends <paramref name="count"/> requests, alternating between the replicas, at most <paramref name="concurrency"/> at once.</summary>
    private static async Task<List<HttpStatusCode>> SendAsync(HttpClient[] replicas, int count, int concurrency)
    {
        var statuses = new HttpStatusCode[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, token) =>
        {
            using var response = await replicas[i % replicas.Length].GetAsync(ProbePath, token);
            statuses[i] = response.StatusCode;
        });
        return [.. statuses];
    }

    /// <summary>Lua scripts Redis has run so far (EVAL and EVALSHA), from its command statistics.</summary>
    private static async Task<long> ScriptCallsAsync(ConnectionMultiplexer redis)
    {
        var server = redis.GetServer(redis.GetEndPoints().Single());
        var stats = await server.InfoAsync("commandstats");
        return stats.SelectMany(group => group)
            .Where(pair => pair.Key is "cmdstat_eval" or "cmdstat_evalsha")
            .Sum(pair => long.Parse(pair.Value.Split(',')[0]["calls=".Length..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
