namespace Qingmeng.Gateway.Extensions;

/// <summary>Edge limits, bound from the <c>Gateway</c> section.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Largest request body accepted at the edge; larger ones get 413 before reaching a service.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Requests one client may make per <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; set; } = 300;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest a request waits for the limiter's Redis; past it the request is let through (fail open).
    /// Tens of milliseconds: the round trip normally takes one.
    /// </summary>
    public TimeSpan RateLimitRedisTimeout { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Most permits of one client a replica leases from Redis at a time (a tenth of the limit, up to this). Larger
    /// leases mean fewer round trips; the permits a replica holds are what a client may be refused early when its
    /// requests move to another replica.
    /// </summary>
    public int RateLimitLeaseSize { get; set; } = 50;

    /// <summary>How long the limiter stops asking Redis after it failed repeatedly, before one request tries again.</summary>
    public TimeSpan RateLimitBreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    public CorsSettings Cors { get; set; } = new();
}

/// <summary>Browser origins allowed to call the API; none by default, so CORS stays closed unless configured.</summary>
public sealed class CorsSettings
{
    public string[] AllowedOrigins { get; set; } = [];
}
