namespace Qingmeng.ServiceDefaults.Authentication;

/// <summary>How a service validates tokens, bound from the <c>Authentication</c> section.</summary>
public sealed class PlatformAuthenticationOptions
{
    public const string SectionName = "Authentication";

    /// <summary>Where the service fetches the identity service's signing keys (internal address, resolved through service discovery).</summary>
    public Uri Authority { get; set; } = new("http://identity-api");

    /// <summary>The issuer tokens must carry: the identity service's public address (the gateway's).</summary>
    public string? Issuer { get; set; }

    /// <summary>Allowed clock difference between the identity service and this one.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}
