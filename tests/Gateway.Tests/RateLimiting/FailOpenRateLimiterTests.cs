using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Qingmeng.Gateway.Extensions;
using Qingmeng.Gateway.RateLimiting;
using StackExchange.Redis;

namespace Qingmeng.Gateway.Tests.RateLimiting;

/// <summary>The limiter's leases: few round trips, the limit held across replicas, and fail open when Redis is away.</summary>
public sealed class FailOpenRateLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TryHitAsync_for_a_steady_client_asks_Redis_about_once_per_lease_not_once_per_request()
    {
        var store = new InMemoryQuotaLeaseStore(_time);
        var limiter = Limiter(store);

        for (var i = 0; i < 500; i++)
        {
            var (decision, _) = await limiter.TryHitAsync("sub:a", 1000, Window, CancellationToken.None);
            Assert.True(decision is { Allowed: true }, $"request {i}: {decision}");
        }

        // Leases of 50 (a tenth of 1,000, at most 50), the next one asked for at half a lease left.
        Assert.InRange(store.Batches, 10, 12);
        Assert.InRange(store.UsedBy("sub:a"), 500, 575);
    }

    [Fact]
    public async Task TryHitAsync_on_one_replica_lets_through_exactly_the_limit_then_refuses_until_the_window_ends()
    {
        var store = new InMemoryQuotaLeaseStore(_time);
        var limiter = Limiter(store);

        var decisions = new List<RateLimitDecision>();
        for (var i = 0; i < 130; i++)
        {
            decisions.Add((await limiter.TryHitAsync("ip:203.0.113.9", 100, Window, CancellationToken.None)).Decision!.Value);
        }

        Assert.Equal(100, decisions.Count(d => d.Allowed));
        Assert.All(decisions.Take(100), d => Assert.True(d.Allowed));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => 99L - i), decisions.Take(100).Select(d => d.Remaining));
        var refused = decisions[^1];
        Assert.False(refused.Allowed);
        Assert.Equal(0, refused.Remaining);
        Assert.Equal(Window, refused.ResetAfter);

        _time.Advance(Window);
        var nextWindow = await limiter.TryHitAsync("ip:203.0.113.9", 100, Window, CancellationToken.None);
        Assert.True(nextWindow.Decision is { Allowed: true, Remaining: 99 });
    }

    [Fact]
    public async Task TryHitAsync_with_a_small_limit_is_exact_across_replicas()
    {
        var store = new InMemoryQuotaLeaseStore(_time);
        var first = Limiter(store);
        var second = Limiter(store);

        var one = await first.TryHitAsync("ip:unknown", 2, Window, CancellationToken.None);
        var two = await first.TryHitAsync("ip:unknown", 2, Window, CancellationToken.None);
        var elsewhere = await second.TryHitAsync("ip:unknown", 2, Window, CancellationToken.None);

        Assert.True(one.Decision is { Allowed: true, Remaining: 1 });
        Assert.True(two.Decision is { Allowed: true, Remaining: 0 });
        Assert.True(elsewhere.Decision is { Allowed: false });
    }

    [Fact]
    public async Task TryHitAsync_from_two_replicas_at_once_never_lets_through_more_than_the_limit_nor_refuses_more_than_the_bound()
    {
        const int Permits = 300;
        var store = new InMemoryQuotaLeaseStore(_time);
        var replicas = new[] { Limiter(store), Limiter(store) };
        var leaseSize = replicas[0].LeaseSize(Permits);

        var hits = Enumerable.Range(0, 1000).Select(i => Task.Run(async () =>
            (await replicas[i % 2].TryHitAsync("sub:busy", Permits, Window, CancellationToken.None)).Decision!.Value.Allowed));
        var allowed = (await Task.WhenAll(hits)).Count(a => a);

        // Permits the other replica still holds when one runs out may be refused: at most 1.5 leases per other replica.
        Assert.InRange(allowed, Permits - (int)(1.5 * leaseSize), Permits);
    }

    [Fact]
    public async Task TryHitAsync_while_a_refusal_is_current_asks_Redis_again_and_sees_a_new_window()
    {
        var store = new InMemoryQuotaLeaseStore(_time);
        var limiter = Limiter(store);
        await limiter.TryHitAsync("sub:a", 1, Window, CancellationToken.None);
        var refused = await limiter.TryHitAsync("sub:a", 1, Window, CancellationToken.None);
        var batchesBefore = store.Batches;

        _time.Advance(TimeSpan.FromSeconds(4));
        var stillRefused = await limiter.TryHitAsync("sub:a", 1, Window, CancellationToken.None);

        Assert.True(refused.Decision is { Allowed: false });
        Assert.True(stillRefused.Decision is { Allowed: false });
        Assert.Equal(TimeSpan.FromSeconds(6), stillRefused.Decision!.Value.ResetAfter);
        Assert.Equal(batchesBefore + 1, store.Batches);
    }

    [Fact]
    public async Task TryHitAsync_when_Redis_fails_lets_the_request_through_unchecked()
    {
        var store = new InMemoryQuotaLeaseStore(_time) { Failure = new RedisConnectionException(ConnectionFailureType.UnableToConnect, "down") };
        var limiter = Limiter(store);

        var (decision, reason) = await limiter.TryHitAsync("sub:a", 100, Window, CancellationToken.None);

        Assert.Null(decision);
        Assert.Equal("error", reason);
    }

    [Fact]
    public async Task TryHitAsync_when_Redis_stalls_past_the_timeout_lets_the_request_through_unchecked()
    {
        var stall = new TaskCompletionSource();
        var store = new InMemoryQuotaLeaseStore(TimeProvider.System) { Stall = stall.Task };
        var limiter = new FailOpenRateLimiter(store, TimeProvider.System, Options(), NullLogger<FailOpenRateLimiter>.Instance);

        var (decision, reason) = await limiter.TryHitAsync("sub:a", 100, Window, CancellationToken.None);
        stall.SetResult();

        Assert.Null(decision);
        Assert.Equal("timeout", reason);
    }

    [Fact]
    public async Task TryHitAsync_after_repeated_failures_stops_asking_Redis_warns_once_and_asks_again_after_the_break()
    {
        var store = new InMemoryQuotaLeaseStore(_time) { Failure = new RedisConnectionException(ConnectionFailureType.UnableToConnect, "down") };
        var logger = new CountingLogger();
        var limiter = new FailOpenRateLimiter(store, _time, Options(), logger);

        var reasons = new List<string?>();
        for (var i = 0; i < 10; i++)
        {
            reasons.Add((await limiter.TryHitAsync("sub:a", 100, Window, CancellationToken.None)).Unchecked);
        }

        Assert.Equal(["error", "error", "error", "error"], reasons.Take(4));
        Assert.All(reasons.Skip(4), reason => Assert.Equal("circuit_open", reason));
        Assert.Equal(4, store.Batches);
        Assert.Equal(1, logger.Warnings);

        store.Failure = null;
        _time.Advance(TimeSpan.FromSeconds(5));
        var (decision, _) = await limiter.TryHitAsync("sub:a", 100, Window, CancellationToken.None);
        Assert.True(decision is { Allowed: true });
    }

    [Fact]
    public async Task TryHitAsync_for_many_clients_at_once_sends_their_leases_together()
    {
        var stall = new TaskCompletionSource();
        var store = new InMemoryQuotaLeaseStore(_time) { Stall = stall.Task };
        var limiter = Limiter(store);

        // The first client's lease is on its way; the other 49 queue behind it and go in one batch.
        var hits = Enumerable.Range(0, 50).Select(i => limiter.TryHitAsync($"sub:{i}", 100, Window, CancellationToken.None).AsTask()).ToList();
        stall.SetResult();
        var decisions = await Task.WhenAll(hits);

        Assert.All(decisions, d => Assert.True(d.Decision is { Allowed: true }));
        Assert.InRange(store.Batches, 1, 2);
    }

    private FailOpenRateLimiter Limiter(IQuotaLeaseStore store) =>
        new(store, _time, Options(), NullLogger<FailOpenRateLimiter>.Instance);

    private static IOptions<GatewayOptions> Options() => Microsoft.Extensions.Options.Options.Create(new GatewayOptions
    {
        RateLimitRedisTimeout = TimeSpan.FromMilliseconds(50),
        RateLimitBreakDuration = TimeSpan.FromSeconds(5),
    });

    private sealed class CountingLogger : ILogger<FailOpenRateLimiter>
    {
        private int _warnings;

        public int Warnings => Volatile.Read(ref _warnings);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Interlocked.Increment(ref _warnings);
            }
        }
    }
}
