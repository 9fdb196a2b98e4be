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

    public CorsSettings Cors { get; set; } = new();
}

/// <summary>Browser origins allowed to call the API; none by default, so CORS stays closed unless configured.</summary>
public sealed class CorsSettings
{
    public string[] AllowedOrigins { get; set; } = [];
}
