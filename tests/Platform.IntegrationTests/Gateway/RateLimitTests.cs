extern alias gateway;

using System.Net;
using System.Text.Json;
using System.Net.Http.Json;
using Platform.IntegrationTests.Infrastructure;
using GatewayProgram = gateway::Program;

namespace Platform.IntegrationTests.Gateway;

/// <summary>The gateway's per-client limit, counted in a real Redis so every replica shares it.</summary>
[Collection(PlatformServersCollection.Name)]
public sealed class RateLimitTests(PlatformServersFixture servers)
{
    /// <summary>These tests count exactly: a loaded machine must not turn a slow Redis answer into a request let through unchecked.</summary>
    private const string CountingRedisTimeout = "00:00:05";

    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_Retry_After_until_the_window_ends()
    {
        await using var gateway = new ServiceHost<GatewayProgram>(new Dictionary<string, string>
        {
            ["ConnectionStrings:cache"] = servers.Redis.ConnectionString,
            ["Gateway:RateLimitPermits"] = "3",
            ["Gateway:RateLimitWindow"] = "00:00:30",
            ["Gateway:RateLimitRedisTimeout"] = CountingRedisTimeout,
            ["Authentication:Issuer"] = TestTokens.Issuer,
        });
        using var client = gateway.CreateClient();
        await ResetWindowAsync();

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await client.GetAsync("/api/governance/cases")).StatusCode);
        }
        var refused = await client.GetAsync("/api/governance/cases");

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, allowed);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 30);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());

        // The gateway's own probes are never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task A_second_gateway_replica_shares_the_same_count()
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:cache"] = servers.Redis.ConnectionString,
            ["Gateway:RateLimitPermits"] = "2",
            ["Gateway:RateLimitWindow"] = "00:00:30",
            ["Gateway:RateLimitRedisTimeout"] = CountingRedisTimeout,
            ["Authentication:Issuer"] = TestTokens.Issuer,
        };
        await using var first = new ServiceHost<GatewayProgram>(settings);
        await using var second = new ServiceHost<GatewayProgram>(settings);
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();
        await ResetWindowAsync();

        await firstClient.GetAsync("/api/policy/signals");
        await firstClient.GetAsync("/api/policy/signals");
        var overLimitElsewhere = await secondClient.GetAsync("/api/policy/signals");

        Assert.Equal(HttpStatusCode.TooManyRequests, overLimitElsewhere.StatusCode);
    }

    [Fact]
    public async Task Authenticated_callers_are_counted_by_subject_not_by_address()
    {
        await using var gateway = new ServiceHost<GatewayProgram>(new Dictionary<string, string>
        {
            ["ConnectionStrings:cache"] = servers.Redis.ConnectionString,
            ["Gateway:RateLimitPermits"] = "1",
            ["Gateway:RateLimitWindow"] = "00:00:30",
            ["Gateway:RateLimitRedisTimeout"] = CountingRedisTimeout,
            ["Authentication:Issuer"] = TestTokens.Issuer,
        });
        await ResetWindowAsync();
        await using (var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(servers.Redis.ConnectionString))
        {
            await redis.GetDatabase().KeyDeleteAsync(["gateway:ratelimit:sub:firm-a-admin", "gateway:ratelimit:sub:firm-b-admin"]);
        }
        var audience = Qingmeng.ServiceDefaults.Authentication.PlatformScopes.Audiences["governance"];
        using var firmA = gateway.CreateClient(TestCaller.FirmA, audience);
        using var firmB = gateway.CreateClient(TestCaller.FirmB, audience);

        var firstA = await firmA.GetAsync("/api/governance/cases");
        var secondA = await firmA.GetAsync("/api/governance/cases");
        var firstB = await firmB.GetAsync("/api/governance/cases");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, firstA.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, secondA.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, firstB.StatusCode);
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_no_CORS_grant_unless_configured()
    {
        await using var gateway = new ServiceHost<GatewayProgram>(new Dictionary<string, string>
        {
            ["ConnectionStrings:cache"] = servers.Redis.ConnectionString,
            ["Authentication:Issuer"] = TestTokens.Issuer,
        });
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/nowhere");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await client.SendAsync(request);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    /// <summary>In-memory test requests have no remote address, so all share one counter: start each test from zero.</summary>
    private async Task ResetWindowAsync()
    {
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(servers.Redis.ConnectionString);
        await redis.GetDatabase().KeyDeleteAsync("gateway:ratelimit:ip:unknown");
    }
}
