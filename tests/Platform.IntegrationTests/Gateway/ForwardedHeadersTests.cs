extern alias gateway;

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Infrastructure;
using GatewayProgram = gateway::Program;

namespace Platform.IntegrationTests.Gateway;

/// <summary>
/// The gateway counts an anonymous client by its address; X-Forwarded-For may change that address only when the
/// connection comes from a configured proxy (in Kubernetes, the ingress), never when a client sends it itself.
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class ForwardedHeadersTests(PlatformServersFixture servers)
{
    private const string UntrustedPeer = "203.0.113.9";
    private const string Ingress = "10.244.3.17";

    [Fact]
    public async Task Rotating_X_Forwarded_For_from_an_untrusted_peer_still_counts_as_the_same_client()
    {
        await using var gateway = StartGateway(permits: 3, new()
        {
            // What the deployment used to set (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true): it believed every peer.
            ["FORWARDEDHEADERS_ENABLED"] = "true",
        });
        using var client = ClientFrom(gateway, UntrustedPeer);
        await ForgetCountsAsync($"ip:{UntrustedPeer}", "ip:192.0.2.1", "ip:192.0.2.2", "ip:192.0.2.3", "ip:192.0.2.4");

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/governance/cases");
            request.Headers.Add("X-Forwarded-For", $"192.0.2.{i}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..3]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_count()
    {
        await using var gateway = StartGateway(permits: 1, new() { ["ForwardedHeaders:KnownNetworks"] = "10.244.0.0/16" });
        using var ingress = ClientFrom(gateway, Ingress);
        await ForgetCountsAsync($"ip:{Ingress}", "ip:198.51.100.1", "ip:198.51.100.2", "ip:198.51.100.3", "ip:198.51.100.4");

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/governance/cases");
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
            statuses.Add((await ingress.SendAsync(request)).StatusCode);
        }
        using var sameClientAgain = new HttpRequestMessage(HttpMethod.Get, "/api/governance/cases");
        sameClientAgain.Headers.Add("X-Forwarded-For", "198.51.100.1");
        var overItsOwnLimit = (await ingress.SendAsync(sameClientAgain)).StatusCode;

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, overItsOwnLimit);
    }

    private ServiceHost<GatewayProgram> StartGateway(int permits, Dictionary<string, string> extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:cache"] = servers.Redis.ConnectionString,
            ["Gateway:RateLimitPermits"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:RateLimitWindow"] = "00:00:30",
            // These tests count exactly: a loaded machine must not turn a slow Redis answer into a request let through.
            ["Gateway:RateLimitRedisTimeout"] = "00:00:05",
            ["Authentication:Issuer"] = TestTokens.Issuer,
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        return new ServiceHost<GatewayProgram>(settings);
    }

    /// <summary>In-memory requests have no peer address; this gives them one, as a TCP connection from <paramref name="peer"/> would.</summary>
    private static HttpClient ClientFrom(ServiceHost<GatewayProgram> gateway, string peer) =>
        gateway.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter>(new PeerAddressStartupFilter(IPAddress.Parse(peer))))))
        .CreateClient();

    private async Task ForgetCountsAsync(params string[] partitions)
    {
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(servers.Redis.ConnectionString);
        await redis.GetDatabase().KeyDeleteAsync([.. partitions.Select(p => (StackExchange.Redis.RedisKey)$"gateway:ratelimit:{p}")]);
    }

    private sealed class PeerAddressStartupFilter(IPAddress peer) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = peer;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
