using Qingmeng.Identity.Infrastructure;
using Qingmeng.Identity.Operations;
using Qingmeng.ServiceDefaults.Authentication;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Qingmeng.Identity.Extensions;

/// <summary>OpenIddict: the OAuth 2 / OpenID Connect server, its EF Core stores, and local validation for our own APIs.</summary>
internal static class TokenServerExtensions
{
    public static void AddTokenServer(this IHostApplicationBuilder builder, IdentityServerOptions options)
    {
        // Resolved now, so a missing production key stops the host before it serves anything.
        var signingKey = ServerKeys.Resolve(options.SigningKey, nameof(options.SigningKey), "signing-key.pem", options, builder.Environment);
        var encryptionKey = ServerKeys.Resolve(options.EncryptionKey, nameof(options.EncryptionKey), "encryption-key.pem", options, builder.Environment);

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/logout");

                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.AllowRefreshTokenFlow();
                server.AllowClientCredentialsFlow();
                if (options.EnablePasswordGrant)
                {
                    // Without this call OpenIddict itself answers grant_type=password with unsupported_grant_type.
                    server.AllowPasswordFlow();
                }

                server.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, .. PlatformScopes.Audiences.Keys]);
                server.RegisterClaims(
                    PlatformClaims.Subject, PlatformClaims.Name, PlatformClaims.Role, PlatformClaims.CreditCode, PlatformClaims.FirmAdmin,
                    PlatformClaims.DepartmentCode, PlatformClaims.BankCode, PlatformClaims.ResidentIdMasked,
                    PlatformClaims.ResidentIdDigest);

                if (options.Issuer is not null)
                {
                    server.SetIssuer(options.Issuer);
                    server.AddEventHandler(PublicEndpointAddresses.Descriptor);
                }
                server.SetAccessTokenLifetime(options.AccessTokenLifetime).SetRefreshTokenLifetime(options.RefreshTokenLifetime);

                server.AddSigningKey(signingKey).AddEncryptionKey(encryptionKey);
                // Resource servers validate plain signed JWTs against the JWKS; codes and refresh tokens stay encrypted.
                server.DisableAccessTokenEncryption();

                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // TLS ends at the ingress in front of the gateway; the service itself listens on plain HTTP.
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });
    }
}
