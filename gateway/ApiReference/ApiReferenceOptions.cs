namespace Qingmeng.Gateway.ApiReference;

/// <summary>The gateway's API reference (<c>/docs</c>), bound from the <c>ApiReference</c> section.</summary>
public sealed class ApiReferenceOptions
{
    public const string SectionName = "ApiReference";

    /// <summary>How long a service's document is reused before it is fetched again.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The public client "try it" signs in with (authorization code + PKCE).</summary>
    public string ClientId { get; set; } = "qingmeng-app";
}
