using System.Globalization;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Qingmeng.Identity.Application;
using Qingmeng.Identity.Model;
using Qingmeng.Identity.Operations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Qingmeng.Identity.Apis;

/// <summary>
/// The OpenID Connect endpoints OpenIddict passes through to us once it has validated the request (client, grant,
/// PKCE, scopes): we decide who the caller is and which claims the token carries. Discovery and JWKS are OpenIddict's own.
/// </summary>
public static class ConnectApi
{
    private const string InvalidCredentials = "用户名或密码错误，或账户已停用 (invalid user name or password, or the account is disabled).";

    public static IEndpointRouteBuilder MapConnectApi(this IEndpointRouteBuilder app)
    {
        var connect = app.MapGroup("/connect").WithTags("OpenID Connect").ExcludeFromDescription();
        connect.MapPost("/token", Exchange);
        connect.MapMethods("/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize).DisableAntiforgery();
        connect.MapMethods("/userinfo", [HttpMethods.Get, HttpMethods.Post], UserInfo).DisableAntiforgery();
        connect.MapMethods("/logout", [HttpMethods.Get, HttpMethods.Post], Logout).DisableAntiforgery();
        return app;
    }

    public static async Task<Results<SignInHttpResult, ForbidHttpResult>> Exchange(
        HttpContext http, UserManager<PlatformAccount> users, SignInManager<PlatformAccount> signIn,
        PlatformPrincipalFactory principals, SignInThrottle throttle, ILogger<PlatformPrincipalFactory> logger)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has already authenticated the confidential client and checked its scope permissions.
            if (!PlatformClients.PartnerSystems.TryGetValue(request.ClientId!, out var system))
            {
                return OpenIddictResults.Error(Errors.UnauthorizedClient, "This client may not use client credentials.");
            }
            var scopes = request.GetScopes() is { IsEmpty: false } requested ? requested.AsEnumerable() : system.Scopes;
            IdentityLog.TokenIssued(logger, GrantTypes.ClientCredentials, system.ClientId, system.ClientId);
            return OpenIddictResults.Issue(PlatformPrincipalFactory.ForPartnerSystem(system, scopes));
        }

        if (request.IsPasswordGrantType())
        {
            // Only reachable when Identity:EnablePasswordGrant is true in Development; otherwise OpenIddict answers unsupported_grant_type.
            var userName = request.Username ?? string.Empty;
            var client = SignInThrottle.ClientOf(http.Connection.RemoteIpAddress, "oauth:" + request.ClientId);
            if (await throttle.WaitBeforeAttemptAsync(userName, client, http.RequestAborted) is { } wait)
            {
                IdentityLog.SignInThrottled(logger, GrantTypes.Password);
                return TooSoon(http, wait);
            }

            // Identity's own lockout is not used: it would let anyone lock any account; the throttle slows the guessing client instead.
            var user = await users.FindByNameAsync(userName);
            var result = user is null ? null : await signIn.CheckPasswordSignInAsync(user, request.Password ?? string.Empty, lockoutOnFailure: false);
            if (user is null || !result!.Succeeded)
            {
                if (user is null)
                {
                    IdentityLog.UnknownUserName(logger);
                }
                else
                {
                    IdentityLog.PasswordRejected(logger, user.Id, result!.IsLockedOut);
                }
                if (await throttle.RecordFailureAsync(userName, client, http.RequestAborted) is { } delay)
                {
                    http.Response.Headers.RetryAfter = SignInThrottle.RetryAfterSeconds(delay).ToString(CultureInfo.InvariantCulture);
                }
                return OpenIddictResults.Error(Errors.InvalidGrant, InvalidCredentials);
            }
            await throttle.RecordSuccessAsync(userName, client, http.RequestAborted);
            IdentityLog.TokenIssued(logger, GrantTypes.Password, request.ClientId ?? string.Empty, user.Id);
            return OpenIddictResults.Issue(await principals.ForUserAsync(user, request.GetScopes()));
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // OpenIddict has validated the code (and its PKCE verifier) or refresh token; re-read the account so that
            // a disabled or locked-out user, or changed roles, take effect at the next refresh.
            var stored = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = stored.Principal?.GetClaim(PlatformClaims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
            {
                return OpenIddictResults.Error(Errors.InvalidGrant, "The account is no longer allowed to sign in.");
            }
            IdentityLog.TokenIssued(logger, request.GrantType!, request.ClientId ?? string.Empty, user.Id);
            return OpenIddictResults.Issue(await principals.ForUserAsync(user, stored.Principal!.GetScopes()));
        }

        return OpenIddictResults.Error(Errors.UnsupportedGrantType, "The specified grant type is not supported.");
    }

    public static async Task<Results<SignInHttpResult, ForbidHttpResult, RedirectHttpResult>> Authorize(
        HttpContext http, UserManager<PlatformAccount> users, PlatformPrincipalFactory principals)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        // The login step is a cookie session of this service; first-party clients need no consent screen.
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal!) : null;
        if (user is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return OpenIddictResults.Error(Errors.LoginRequired, "The user is not signed in.");
            }
            var parameters = http.Request.HasFormContentType ? http.Request.Form.AsEnumerable() : http.Request.Query;
            var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
            return TypedResults.Redirect(LoginPage.PathFor(http, returnUrl));
        }

        return OpenIddictResults.Issue(await principals.ForUserAsync(user, request.GetScopes()));
    }

    public static async Task<Results<Ok<Dictionary<string, object>>, ChallengeHttpResult>> UserInfo(
        HttpContext http, UserManager<PlatformAccount> users)
    {
        var token = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var user = token.Principal?.GetClaim(PlatformClaims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (user is null)
        {
            return TypedResults.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The token does not belong to a user.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [PlatformClaims.Subject] = user.Id };
        if (token.Principal!.HasScope(Scopes.Profile))
        {
            claims[PlatformClaims.Name] = user.DisplayName;
            AddIfPresent(claims, PlatformClaims.CreditCode, user.CreditCode);
            AddIfPresent(claims, PlatformClaims.FirmAdmin, user.IsFirmAdmin ? "true" : null);
            AddIfPresent(claims, PlatformClaims.DepartmentCode, user.DepartmentCode);
            AddIfPresent(claims, PlatformClaims.BankCode, user.BankCode);
            AddIfPresent(claims, PlatformClaims.ResidentIdMasked, user.ResidentIdNumber is { } id ? ResidentIdNumber.Mask(id) : null);
        }
        if (token.Principal!.HasScope(Scopes.Roles))
        {
            claims[PlatformClaims.Role] = await users.GetRolesAsync(user);
        }
        return TypedResults.Ok(claims);
    }

    public static async Task<SignOutHttpResult> Logout(SignInManager<PlatformAccount> signIn)
    {
        await signIn.SignOutAsync();
        // OpenIddict redirects to the validated post_logout_redirect_uri, or to "/" when the client gave none.
        return TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static ForbidHttpResult TooSoon(HttpContext http, TimeSpan wait)
    {
        var seconds = SignInThrottle.RetryAfterSeconds(wait);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return OpenIddictResults.Error(Errors.InvalidGrant,
            $"登录失败次数过多，请 {seconds} 秒后再试 (too many failed sign-ins from this client; retry after {seconds} s).");
    }

    private static void AddIfPresent(Dictionary<string, object> claims, string type, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            claims[type] = value;
        }
    }
}
