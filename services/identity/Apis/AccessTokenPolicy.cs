using OpenIddict.Validation.AspNetCore;

namespace Qingmeng.Identity.Apis;

/// <summary>The authorization policy of this service's own APIs: a bearer access token issued by this server.</summary>
public static class AccessTokenPolicy
{
    public const string Name = "access_token";

    public static void Configure(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) => policy
        .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
        .RequireAuthenticatedUser();
}
