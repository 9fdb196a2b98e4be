using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Qingmeng.ServiceDefaults.Authentication;

public static class AuthenticationExtensions
{
    public const string KeysHttpClient = "identity-keys";

    /// <summary>
    /// Bearer tokens from the identity service: signature (keys fetched from its JWKS and refreshed), issuer,
    /// audience (<paramref name="audiences"/>) and lifetime are all validated. Claims keep their JWT names.
    /// </summary>
    public static TBuilder AddPlatformAuthentication<TBuilder>(this TBuilder builder, params string[] audiences)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<PlatformAuthenticationOptions>().BindConfiguration(PlatformAuthenticationOptions.SectionName);
        builder.Services.AddHttpClient(KeysHttpClient);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<PlatformAuthenticationOptions>, IHttpClientFactory>((jwt, platform, httpClients) =>
            {
                var settings = platform.Value;
                jwt.MapInboundClaims = false;
                jwt.RequireHttpsMetadata = false;
                jwt.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                    new Uri(settings.Authority, ".well-known/openid-configuration").ToString(),
                    new OpenIdConnectConfigurationRetriever(),
                    new InternalAuthorityDocumentRetriever(httpClients.CreateClient(KeysHttpClient), settings.Authority));
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = settings.Issuer
                        ?? throw new InvalidOperationException("Authentication:Issuer (the identity service's public issuer) is not configured."),
                    ValidateAudience = true,
                    ValidAudiences = audiences,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    ClockSkew = settings.ClockSkew,
                    NameClaimType = PlatformClaims.Name,
                    RoleClaimType = PlatformClaims.Role,
                };
            });
        builder.Services.AddAuthorizationBuilder().AddPlatformPolicies();
        return builder;
    }
}
