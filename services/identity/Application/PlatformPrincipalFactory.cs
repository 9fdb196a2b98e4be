using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Qingmeng.Identity.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Qingmeng.Identity.Application;

/// <summary>
/// Builds the claims a token carries, with the audiences of the granted scopes and each claim's destinations.
/// The clear resident ID and phone number never become claims: only the masked resident ID and its platform digest
/// (<see cref="ResidentIdDigest"/>, so services can tell a citizen's own number from someone else's) do.
/// </summary>
public sealed class PlatformPrincipalFactory(UserManager<PlatformAccount> users)
{
    public async Task<ClaimsPrincipal> ForUserAsync(PlatformAccount user, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(PlatformClaims.Subject, user.Id);
        identity.SetClaim(PlatformClaims.Name, user.DisplayName);
        foreach (var role in await users.GetRolesAsync(user))
        {
            identity.AddClaim(PlatformClaims.Role, role);
        }
        identity.SetClaim(PlatformClaims.CreditCode, user.CreditCode);
        identity.SetClaim(PlatformClaims.FirmAdmin, user.IsFirmAdmin ? "true" : null);
        identity.SetClaim(PlatformClaims.DepartmentCode, user.DepartmentCode);
        identity.SetClaim(PlatformClaims.BankCode, user.BankCode);
        identity.SetClaim(PlatformClaims.ResidentIdMasked, user.ResidentIdNumber is { } id ? ResidentIdNumber.Mask(id) : null);
        identity.SetClaim(PlatformClaims.ResidentIdDigest, user.ResidentIdNumber is { } verified ? ResidentIdDigest.Of(verified) : null);
        return Complete(identity, scopes);
    }

    public static ClaimsPrincipal ForPartnerSystem(PartnerSystem system, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(PlatformClaims.Subject, system.ClientId);
        identity.SetClaim(PlatformClaims.Name, system.DisplayName);
        identity.SetClaim(PlatformClaims.Role, system.Role);
        identity.SetClaim(PlatformClaims.BankCode, system.BankCode);
        return Complete(identity, scopes);
    }

    /// <summary>The resource servers (token <c>aud</c>) of the given scopes, from <see cref="PlatformScopes.Audiences"/>.</summary>
    public static IEnumerable<string> AudiencesOf(IEnumerable<string> scopes) =>
        scopes.Where(PlatformScopes.Audiences.ContainsKey).Select(scope => PlatformScopes.Audiences[scope]).Distinct(StringComparer.Ordinal);

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, PlatformClaims.Name, PlatformClaims.Role);

    private static ClaimsPrincipal Complete(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        var granted = scopes.ToList();
        identity.SetScopes(granted);
        identity.SetResources(AudiencesOf(granted));
        identity.SetDestinations(DestinationsOf);
        return new ClaimsPrincipal(identity);
    }

    // Resource servers need every platform claim; the id token (read by the app) gets them only for the scopes that ask.
    private static IEnumerable<string> DestinationsOf(Claim claim) => claim.Type switch
    {
        PlatformClaims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
        PlatformClaims.Role when claim.Subject!.HasScope(Scopes.Roles) => [Destinations.AccessToken, Destinations.IdentityToken],
        PlatformClaims.Name or PlatformClaims.CreditCode or PlatformClaims.FirmAdmin or PlatformClaims.DepartmentCode
            or PlatformClaims.BankCode or PlatformClaims.ResidentIdMasked or PlatformClaims.ResidentIdDigest when claim.Subject!.HasScope(Scopes.Profile)
            => [Destinations.AccessToken, Destinations.IdentityToken],
        PlatformClaims.Role or PlatformClaims.Name or PlatformClaims.CreditCode or PlatformClaims.FirmAdmin
            or PlatformClaims.DepartmentCode or PlatformClaims.BankCode or PlatformClaims.ResidentIdMasked
            or PlatformClaims.ResidentIdDigest => [Destinations.AccessToken],
        _ => [],
    };
}
