namespace Qingmeng.Identity.Operations;

/// <summary>The token server's settings, bound from the <c>Identity</c> section.</summary>
public sealed class IdentityServerOptions
{
    public const string SectionName = "Identity";

    /// <summary>The public issuer (the gateway's address, e.g. http://localhost:5100/); when unset it is derived from each request.</summary>
    public Uri? Issuer { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Resource-owner password grant, for development and demo accounts only. Off unless configured, and never outside Development.</summary>
    public bool EnablePasswordGrant { get; set; }

    /// <summary>Redirect URIs of the first-party app client; empty means <see cref="DefaultAppRedirectUris"/>.</summary>
    public string[] AppRedirectUris { get; set; } = [];

    /// <summary>Production signing key (RSA, PEM). Without one, Development generates and persists a local key; other environments refuse to start.</summary>
    public KeyOptions SigningKey { get; set; } = new();

    /// <summary>Production encryption key (RSA, PEM) for authorization codes and refresh tokens, which only this service reads.</summary>
    public KeyOptions EncryptionKey { get; set; } = new();

    /// <summary>Where Development keeps its generated keys; defaults to <c>.keys/</c> under the content root.</summary>
    public string? DevelopmentKeyDirectory { get; set; }

    /// <summary>Secrets of the confidential clients, by client id: <c>Identity:Clients:&lt;id&gt;:Secret</c>.</summary>
    public Dictionary<string, ClientOptions> Clients { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Failed sign-ins slow down the client that makes them, never lock the account: see <see cref="SignInThrottleOptions"/>.</summary>
    public SignInThrottleOptions SignInThrottle { get; set; } = new();

    public static readonly string[] DefaultAppRedirectUris = ["http://localhost:5173/callback", "http://127.0.0.1/callback"];

    /// <summary>
    /// Pages on the platform's own public address (the issuer) that sign in with the app client: the API reference's "try it",
    /// and the web portal served at the root (its sign-in callback and its return after signing out).
    /// </summary>
    public static readonly string[] IssuerAppRedirectPaths = ["docs", "signin-oidc", "signout-callback-oidc"];

    public IReadOnlyList<string> EffectiveAppRedirectUris =>
    [
        .. AppRedirectUris.Length > 0 ? AppRedirectUris : DefaultAppRedirectUris,
        .. Issuer is null ? [] : IssuerAppRedirectPaths.Select(path => new Uri(Issuer, path).ToString()),
    ];
}

/// <summary>An RSA private key given inline (<see cref="Pem"/>, e.g. from a Kubernetes secret) or as a file (<see cref="Path"/>).</summary>
public sealed class KeyOptions
{
    public string? Pem { get; set; }

    public string? Path { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Pem) || !string.IsNullOrWhiteSpace(Path);
}

public sealed class ClientOptions
{
    public string? Secret { get; set; }
}
