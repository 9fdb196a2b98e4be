using Qingmeng.Testing;

namespace Gateway.IntegrationTests.RateLimiting;

/// <summary>A private Redis for gateway replicas hosted in this process (no services, no AppHost).</summary>
public sealed class RedisOnlyFixture : IAsyncLifetime
{
    public LocalRedisServer Redis { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        Redis = await LocalRedisServer.StartAsync(PlatformServers.NewDataRoot(), timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }
    }
}
