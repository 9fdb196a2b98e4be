using StackExchange.Redis;

namespace Qingmeng.Gateway.RateLimiting;

/// <summary>
/// A fixed-window counter per client in Redis, shared by every gateway replica: one round trip
/// (INCR, and PEXPIRE on the window's first hit) in a script so the two cannot be separated.
/// </summary>
public sealed class RedisFixedWindowLimiter(IConnectionMultiplexer redis)
{
    private static readonly LuaScript CountHit = LuaScript.Prepare("""
        local hits = redis.call('INCR', @key)
        if hits == 1 then redis.call('PEXPIRE', @key, @windowMs) end
        return { hits, redis.call('PTTL', @key) }
        """);

    public async Task<RateLimitDecision> HitAsync(string client, int permits, TimeSpan window)
    {
        var windowMs = (long)window.TotalMilliseconds;
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            CountHit, new { key = (RedisKey)$"gateway:ratelimit:{client}", windowMs }))!;
        var hits = (long)result[0];
        var remainingMs = Math.Max((long)result[1], 0);
        return new RateLimitDecision(hits <= permits, Math.Max(permits - hits, 0), TimeSpan.FromMilliseconds(remainingMs));
    }
}

public readonly record struct RateLimitDecision(bool Allowed, long Remaining, TimeSpan ResetAfter);
