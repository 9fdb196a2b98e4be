namespace Qingmeng.Portal.Extensions;

/// <summary>Settings of the portal (section <c>Portal</c>).</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>Where the portal calls the platform's API: the gateway, resolved through service discovery. Never a service directly.</summary>
    public Uri GatewayAddress { get; set; } = new("http://gateway");

    /// <summary>The OpenID Connect client the portal signs in with (authorization code + PKCE, a public client).</summary>
    public string ClientId { get; set; } = "qingmeng-app";

    /// <summary>
    /// How long a portal session lasts before signing in again. Kept below the identity service's access-token lifetime
    /// (30 minutes), so the token the portal forwards is never older than the session.
    /// </summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(25);
}
