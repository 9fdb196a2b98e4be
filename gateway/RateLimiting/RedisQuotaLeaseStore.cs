using StackExchange.Redis;

namespace Qingmeng.Gateway.RateLimiting;

/// <summary>
/// A fixed-window count per client in Redis, shared by every gateway replica. One script per batch leases permits for
/// every client in it: each grant is at most what the window has left, so the replicas together never lease more than
/// the limit.
/// </summary>
public sealed class RedisQuotaLeaseStore(IConnectionMultiplexer redis) : IQuotaLeaseStore
{
    public const string KeyPrefix = "gateway:ratelimit:";

    // ARGV holds (wanted, permits, window ms) for each key; the answer holds (granted, used, ttl ms) for each key.
    private const string LeaseScript = """
        local answer = {}
        for i, key in ipairs(KEYS) do
          local wanted = tonumber(ARGV[i * 3 - 2])
          local permits = tonumber(ARGV[i * 3 - 1])
          local windowMs = tonumber(ARGV[i * 3])
          local used = tonumber(redis.call('GET', key) or '0')
          local granted = math.max(0, math.min(wanted, permits - used))
          if granted > 0 then
            used = redis.call('INCRBY', key, granted)
          end
          local ttl = redis.call('PTTL', key)
          if used > 0 and ttl < 0 then
            redis.call('PEXPIRE', key, windowMs)
            ttl = windowMs
          elseif ttl < 0 then
            ttl = windowMs
          end
          answer[i * 3 - 2] = granted
          answer[i * 3 - 1] = used
          answer[i * 3] = ttl
        end
        return answer
        """;

    public async Task<IReadOnlyList<QuotaLease>> LeaseAsync(IReadOnlyList<QuotaLeaseRequest> requests)
    {
        var keys = new RedisKey[requests.Count];
        var arguments = new RedisValue[requests.Count * 3];
        for (var i = 0; i < requests.Count; i++)
        {
            keys[i] = KeyPrefix + requests[i].Client;
            arguments[i * 3] = requests[i].Wanted;
            arguments[i * 3 + 1] = requests[i].Permits;
            arguments[i * 3 + 2] = (long)requests[i].Window.TotalMilliseconds;
        }
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(LeaseScript, keys, arguments))!;
        var leases = new QuotaLease[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            leases[i] = new QuotaLease((int)result[i * 3], (long)result[i * 3 + 1], TimeSpan.FromMilliseconds((long)result[i * 3 + 2]));
        }
        return leases;
    }
}
