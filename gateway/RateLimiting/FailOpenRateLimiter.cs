using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Qingmeng.Gateway.Extensions;
using StackExchange.Redis;

namespace Qingmeng.Gateway.RateLimiting;

/// <summary>
/// Asks <see cref="RedisFixedWindowLimiter"/> within <see cref="GatewayOptions.RateLimitRedisTimeout"/>, behind a circuit
/// breaker shared by every request of this replica. When Redis is slow, away, or the breaker is open, the answer is
/// "not checked" at once, so an outage of Redis costs the platform its limits for a while, never its requests.
/// The breaker's opening is logged once per break; once a trial call succeeds after the break, limits apply again.
/// </summary>
public sealed partial class FailOpenRateLimiter
{
    private readonly RedisFixedWindowLimiter _limiter;
    private readonly ResiliencePipeline _pipeline;

    public FailOpenRateLimiter(RedisFixedWindowLimiter limiter, IOptions<GatewayOptions> options, ILogger<FailOpenRateLimiter> logger)
    {
        _limiter = limiter;
        var settings = options.Value;
        _pipeline = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RedisException>().Handle<TimeoutRejectedException>().Handle<TimeoutException>(),
                // A few failures in a row are enough: each one already cost a request the full timeout.
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

    /// <summary>The limiter's decision, or why it could not be asked (then the request is let through).</summary>
    public async Task<(RateLimitDecision? Decision, string? Unchecked)> TryHitAsync(string client, int permits, TimeSpan window, CancellationToken cancellationToken)
    {
        try
        {
            var decision = await _pipeline.ExecuteAsync(
                static async (state, token) =>
                    // StackExchange.Redis takes no token: stop waiting at the timeout and let the command finish on its own.
                    await state.Limiter.HitAsync(state.Client, state.Permits, state.Window).WaitAsync(token),
                (Limiter: _limiter, Client: client, Permits: permits, Window: window),
                cancellationToken);
            return (decision, null);
        }
        catch (BrokenCircuitException)
        {
            return (null, "circuit_open");
        }
        catch (TimeoutRejectedException)
        {
            return (null, "timeout");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return (null, "error");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "限流不可用：Redis 无响应，{BreakSeconds:0} 秒内放行所有请求（fail open）/ Rate limiter unavailable: Redis is not answering; requests are let through unchecked for {BreakSeconds:0} s")]
    private static partial void LogBreakerOpened(ILogger logger, double breakSeconds, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis answers again; rate limits apply again")]
    private static partial void LogBreakerClosed(ILogger logger);
}
