using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Qingmeng.Gateway.Extensions;
using StackExchange.Redis;

namespace Qingmeng.Gateway.RateLimiting;

/// <summary>
/// Per-client limits shared by every replica, without a Redis round trip per request. Each replica leases a client's
/// permits from the shared count a few at a time (<see cref="GatewayOptions.RateLimitLeaseSize"/>) and spends them
/// locally; it leases again at half a lease left, so a steady client never waits. Every lease wanted at the same
/// moment, for any number of clients, goes to Redis in one script, one batch at a time.
/// <para>
/// Bounds, per client and window: the replicas together never let through more than the limit (Redis grants at most
/// what is left); a client whose requests move between replicas may be refused up to (replicas − 1) × 1.5 leases early,
/// the permits the other replicas still hold. A refusal is always Redis's answer of that moment, never a stale one.
/// </para>
/// <para>
/// When Redis is slow (past <see cref="GatewayOptions.RateLimitRedisTimeout"/>), away, or the breaker is open, a request
/// that needs Redis is let through at once, unchecked (fail open): an outage of Redis costs the platform its limits for
/// a while, never its requests. The breaker's opening is logged once per break; once a trial batch succeeds after the
/// break, limits apply again.
/// </para>
/// </summary>
public sealed partial class FailOpenRateLimiter
{
    private readonly IQuotaLeaseStore _store;
    private readonly TimeProvider _time;
    private readonly int _maxLeaseSize;
    private readonly ResiliencePipeline _pipeline;
    private readonly ConcurrentDictionary<string, ClientQuota> _clients = new();

    private readonly Lock _batchLock = new();
    private List<QueuedLease> _queued = [];
    private bool _flushing;
    private DateTimeOffset _lastSweep;

    public FailOpenRateLimiter(IQuotaLeaseStore store, TimeProvider time, IOptions<GatewayOptions> options, ILogger<FailOpenRateLimiter> logger)
    {
        _store = store;
        _time = time;
        var settings = options.Value;
        _maxLeaseSize = Math.Max(1, settings.RateLimitLeaseSize);
        _lastSweep = time.GetUtcNow();
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RedisException>().Handle<TimeoutRejectedException>().Handle<TimeoutException>(),
                // A few failures in a row are enough: each one already cost the requests waiting for it the full timeout.
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = settings.RateLimitBreakDuration,
                OnOpened = args =>
                {
                    LogBreakerOpened(logger, args.BreakDuration.TotalSeconds, args.Outcome.Exception);
                    return default;
                },
                OnClosed = _ =>
                {
                    LogBreakerClosed(logger);
                    return default;
                },
            })
            .AddTimeout(settings.RateLimitRedisTimeout)
            .Build();
    }

    /// <summary>Clients this replica holds a count for (expired ones are swept as batches go by).</summary>
    public int TrackedClients => _clients.Count;

    /// <summary>
    /// Permits leased at a time: a tenth of the limit, at most <see cref="GatewayOptions.RateLimitLeaseSize"/>. Limits
    /// under 20 lease one at a time, so they stay exact across replicas.
    /// </summary>
    public int LeaseSize(int permits) => Math.Clamp(permits / 10, 1, _maxLeaseSize);

    /// <summary>The limiter's decision, or why it could not be asked (then the request is let through).</summary>
    public async ValueTask<(RateLimitDecision? Decision, string? Unchecked)> TryHitAsync(string client, int permits, TimeSpan window, CancellationToken cancellationToken)
    {
        var leaseSize = LeaseSize(permits);
        var quota = _clients.GetOrAdd(client, static _ => new ClientQuota());
        while (true)
        {
            Task<LeaseOutcome> lease;
            lock (quota)
            {
                var now = _time.GetUtcNow();
                if (quota.TryTake(now, permits, out var decision))
                {
                    if (quota.ShouldLeaseAhead(now, leaseSize, permits))
                    {
                        _ = Lease(client, quota, leaseSize, permits, window);
                    }
                    return (decision, null);
                }
                lease = quota.PendingLease ?? Lease(client, quota, leaseSize, permits, window);
            }

            var outcome = await lease.WaitAsync(cancellationToken);
            if (outcome.Lease is not { } granted)
            {
                return (null, outcome.Unchecked);
            }
            if (granted.Granted == 0)
            {
                lock (quota)
                {
                    return (quota.Refusal(_time.GetUtcNow()), null);
                }
            }
            // Permits arrived; take one (or, if requests waiting with this one took them all, lease again).
        }
    }

    /// <summary>Queues a lease for the next batch and starts one if none is running. Called under the quota's lock.</summary>
    private Task<LeaseOutcome> Lease(string client, ClientQuota quota, int wanted, int permits, TimeSpan window)
    {
        var queued = new QueuedLease(new QuotaLeaseRequest(client, wanted, permits, window), quota);
        quota.PendingLease = queued.Outcome.Task;
        bool start;
        lock (_batchLock)
        {
            _queued.Add(queued);
            start = !_flushing;
            _flushing = true;
        }
        if (start)
        {
            _ = Task.Run(FlushAsync);
        }
        return queued.Outcome.Task;
    }

    /// <summary>Sends the queued leases, one batch (one script) at a time, until none is left.</summary>
    private async Task FlushAsync()
    {
        while (true)
        {
            List<QueuedLease> batch;
            lock (_batchLock)
            {
                if (_queued.Count == 0)
                {
                    _flushing = false;
                    return;
                }
                batch = _queued;
                _queued = [];
            }

            var requests = batch.ConvertAll(queued => queued.Request);
            IReadOnlyList<QuotaLease>? leases = null;
            string? uncheckedReason = null;
            try
            {
                leases = await _pipeline.ExecuteAsync(
                    static async (state, token) =>
                        // StackExchange.Redis takes no token: stop waiting at the timeout and let the command finish on its own.
                        await state.Store.LeaseAsync(state.Requests).WaitAsync(token),
                    (Store: _store, Requests: requests),
                    CancellationToken.None);
            }
            catch (BrokenCircuitException)
            {
                uncheckedReason = "circuit_open";
            }
            catch (TimeoutRejectedException)
            {
                uncheckedReason = "timeout";
            }
            catch (Exception)
            {
                // Any failure (RedisException, TimeoutException, or one nobody foresaw) must still answer the waiting requests.
                uncheckedReason = "error";
            }

            var now = _time.GetUtcNow();
            for (var i = 0; i < batch.Count; i++)
            {
                var queued = batch[i];
                lock (queued.Quota)
                {
                    if (leases is not null)
                    {
                        queued.Quota.Apply(leases[i], now);
                    }
                    queued.Quota.PendingLease = null;
                }
                queued.Outcome.SetResult(new LeaseOutcome(leases?[i], uncheckedReason));
            }
            SweepExpired(now);
        }
    }

    /// <summary>Forgets clients whose window ended, at most once a second, so the map holds only the recent ones.</summary>
    private void SweepExpired(DateTimeOffset now)
    {
        if (now - _lastSweep < TimeSpan.FromSeconds(1))
        {
            return;
        }
        _lastSweep = now;
        foreach (var (client, quota) in _clients)
        {
            lock (quota)
            {
                if (quota.IsExpired(now) && quota.PendingLease is null)
                {
                    _clients.TryRemove(new KeyValuePair<string, ClientQuota>(client, quota));
                }
            }
        }
    }

    private sealed record QueuedLease(QuotaLeaseRequest Request, ClientQuota Quota)
    {
        public TaskCompletionSource<LeaseOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "限流不可用：Redis 无响应，{BreakSeconds:0} 秒内放行所有请求（fail open）/ Rate limiter unavailable: Redis is not answering; requests are let through unchecked for {BreakSeconds:0} s")]
    private static partial void LogBreakerOpened(ILogger logger, double breakSeconds, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis answers again; rate limits apply again")]
    private static partial void LogBreakerClosed(ILogger logger);
}
