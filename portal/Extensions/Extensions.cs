using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Qingmeng.Portal.Gateway;
using Qingmeng.ServiceDefaults.Authentication;
using StackExchange.Redis;

namespace Qingmeng.Portal.Extensions;

public static class Extensions
{
    public const string IdentityBackchannel = "identity-backchannel";
    public const string CacheConnectionName = "cache";
    public const string CallbackPath = "/signin-oidc";
    public const string SignedOutCallbackPath = "/signout-callback-oidc";
    public const string ForbiddenPath = "/forbidden";

    /// <summary>The scopes the portal asks for: the user's name and roles, and every service's API.</summary>
    public static readonly string[] Scopes = ["openid", "profile", "roles", .. PlatformScopes.Audiences.Keys];

    public static IHostApplicationBuilder AddPortal(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.SectionName);
        builder.Services.AddOptions<PlatformAuthenticationOptions>().BindConfiguration(PlatformAuthenticationOptions.SectionName);
        var portal = builder.Configuration.GetSection(PortalOptions.SectionName).Get<PortalOptions>() ?? new PortalOptions();
        var platform = builder.Configuration.GetSection(PlatformAuthenticationOptions.SectionName).Get<PlatformAuthenticationOptions>()
            ?? new PlatformAuthenticationOptions();
        var issuer = platform.Issuer is { Length: > 0 } configured ? new Uri(configured)
            : throw new InvalidOperationException("Authentication:Issuer (the identity service's public issuer, the gateway's address) is not configured.");
        // The identity service's own address as the AppHost or the cluster gives it; the public issuer may not be reachable from inside.
        var identityAddress = builder.Configuration["services:identity-api:http:0"] is { Length: > 0 } discovered ? new Uri(discovered) : platform.Authority;

        // Sessions and sign-in state are encrypted with keys every replica shares, so any replica can read any request.
        builder.AddRedisClient(CacheConnectionName);
        builder.Services.AddDataProtection().SetApplicationName("qingmeng-portal");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((keys, redis) =>
            keys.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), "portal:data-protection-keys"));

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<AccessTokenHandler>();
        builder.Services.AddHttpClient<GatewayClient>(http => http.BaseAddress = portal.GatewayAddress)
            .AddHttpMessageHandler<AccessTokenHandler>();
        builder.Services.AddHttpClient(IdentityBackchannel)
            .AddHttpMessageHandler(() => new InternalIdentityHandler(issuer, identityAddress));
        // The service defaults give every client one standard pipeline (named "-standard", not after the client), so these
        // settings go to all of them. A form post is not repeated on a transient failure: filing a complaint twice is worse
        // than asking the user to retry. An authorization code is redeemed once: a token request retried after a slow first
        // attempt (which the identity service still completed) is refused as already redeemed and the sign-in fails. So
        // unsafe methods are never retried, and an attempt may take longer on a loaded machine.
        builder.Services.ConfigureAll<HttpStandardResilienceOptions>(options =>
        {
            options.Retry.DisableForUnsafeHttpMethods();
            options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(30);
            options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(60);
            options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
        });

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "qingmeng.portal";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = portal.SessionLifetime;
                cookie.SlidingExpiration = false;
                cookie.AccessDeniedPath = ForbiddenPath;
                // A signed-in user without the page's role lands on the portal's own page saying so. The handler would send
                // an absolute address built from the request, which is the portal's internal address behind the gateway: a
                // path keeps the browser on the gateway's origin.
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.Redirect($"{ForbiddenPath}?returnUrl={Uri.EscapeDataString(LocalPath(context.Request.Path + context.Request.QueryString))}");
                    return Task.CompletedTask;
                };
            })
            .AddOpenIdConnect();
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((oidc, httpClients) =>
            {
                oidc.Authority = issuer.ToString();
                oidc.RequireHttpsMetadata = false;
                oidc.Backchannel = httpClients.CreateClient(IdentityBackchannel);
                oidc.ClientId = portal.ClientId;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                // The code comes back in the query: a form post would need an inline script on the identity pages.
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.UsePkce = true;
                oidc.SaveTokens = true;
                oidc.MapInboundClaims = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.Scope.Clear();
                foreach (var scope in Scopes)
                {
                    oidc.Scope.Add(scope);
                }
                oidc.CallbackPath = CallbackPath;
                oidc.SignedOutCallbackPath = SignedOutCallbackPath;
                oidc.SignedOutRedirectUri = "/";
                oidc.TokenValidationParameters.NameClaimType = PlatformClaims.Name;
                oidc.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
                // The code arrives on a top-level navigation from the same site: Lax cookies suffice, also over plain HTTP locally.
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // The portal is served at the root of the gateway's public address, which is the issuer: return there, not to
                // the internal address the request reached the portal on.
                oidc.Events.OnRedirectToIdentityProvider = context =>
                {
                    context.ProtocolMessage.RedirectUri = new Uri(issuer, CallbackPath.TrimStart('/')).ToString();
                    return Task.CompletedTask;
                };
                oidc.Events.OnRedirectToIdentityProviderForSignOut = context =>
                {
                    context.ProtocolMessage.PostLogoutRedirectUri = new Uri(issuer, SignedOutCallbackPath.TrimStart('/')).ToString();
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>Sign-in and sign-out: a challenge to the identity service, and a sign-out of both the portal and the identity session.</summary>
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapGet("/account/login", (string? returnUrl) => TypedResults.Challenge(
            new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]));
        app.MapPost("/account/logout", () => TypedResults.SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
        return app;
    }

    /// <summary>Only a path on this site: never an absolute or protocol-relative address (no open redirect).</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\')) ? returnUrl : "/";
}
