using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Qingmeng.Identity.Application;
using Qingmeng.Identity.Model;

namespace Qingmeng.Identity.Apis;

/// <summary>
/// The login step of the authorization code flow: a plain server-rendered form (antiforgery-protected) that starts a
/// cookie session, then sends the browser back to /connect/authorize. Under /connect so the gateway's route covers it.
/// </summary>
public static class LoginPage
{
    public const string Path = "/connect/login";

    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        var login = app.MapGroup(Path).ExcludeFromDescription();
        login.MapGet("/", Show);
        login.MapPost("/", SignIn);
        return app;
    }

    // Chinese text stays readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string PathFor(HttpContext http, string returnUrl) =>
        $"{http.Request.PathBase}{Path}{QueryString.Create("returnUrl", returnUrl)}";

    public static Results<ContentHttpResult, ValidationProblem> Show(HttpContext http, IAntiforgery antiforgery, string? returnUrl)
    {
        if (!string.IsNullOrEmpty(returnUrl) && !ReturnUrls.IsLocal(returnUrl))
        {
            return OffSiteReturnUrl();
        }
        return Render(http, antiforgery, returnUrl, error: null);
    }

    public static async Task<Results<RedirectHttpResult, ContentHttpResult, ValidationProblem>> SignIn(
        HttpContext http, IAntiforgery antiforgery, [FromForm] LoginForm form,
        UserManager<PlatformAccount> users, SignInManager<PlatformAccount> signIn, SignInThrottle throttle)
    {
        // Only local paths: an absolute or protocol-relative return URL would make this form an open redirector.
        if (!string.IsNullOrEmpty(form.ReturnUrl) && !ReturnUrls.IsLocal(form.ReturnUrl))
        {
            return OffSiteReturnUrl();
        }

        var userName = form.UserName ?? string.Empty;
        var client = SignInThrottle.ClientOf(http.Connection.RemoteIpAddress, "login-form");
        if (await throttle.WaitBeforeAttemptAsync(userName, client, http.RequestAborted) is { } wait)
        {
            var seconds = SignInThrottle.RetryAfterSeconds(wait);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Render(http, antiforgery, form.ReturnUrl, $"登录失败次数过多，请 {seconds} 秒后再试。", StatusCodes.Status429TooManyRequests);
        }

        // Identity's own lockout is not used: it would let anyone lock any account; the throttle slows the guessing client instead.
        var user = await users.FindByNameAsync(userName);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password ?? string.Empty, isPersistent: false, lockoutOnFailure: false);
        if (!result.Succeeded)
        {
            if (await throttle.RecordFailureAsync(userName, client, http.RequestAborted) is { } delay)
            {
                http.Response.Headers.RetryAfter = SignInThrottle.RetryAfterSeconds(delay).ToString(CultureInfo.InvariantCulture);
            }
            return Render(http, antiforgery, form.ReturnUrl, "用户名或密码错误。", StatusCodes.Status400BadRequest);
        }

        await throttle.RecordSuccessAsync(userName, client, http.RequestAborted);
        return TypedResults.Redirect(string.IsNullOrEmpty(form.ReturnUrl) ? "/" : ReturnUrls.ToRedirect(http.Request.PathBase, form.ReturnUrl));
    }

    private static ValidationProblem OffSiteReturnUrl() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]>
        {
            [ReturnUrls.Field] = ["返回地址必须是本站路径，如 /connect/authorize?… (the return URL must be a path on this site)."],
        },
        title: "返回地址无效 (invalid return URL)");

    private static ContentHttpResult Render(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error,
        int statusCode = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var encoder = Encoder;
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        http.Response.Headers.CacheControl = "no-store";
        var html = $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>清濛 · 统一身份认证</title>
            <style>body{"{"}font-family:sans-serif;max-width:22rem;margin:4rem auto{"}"}label,input,button{"{"}display:block;width:100%;margin:.4rem 0{"}"}.error{"{"}color:#b00{"}"}</style>
            </head>
            <body>
            <h1>清濛 · 统一身份认证</h1>
            {(error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{encoder.Encode(error)}</p>")}
            <form method="post" action="{encoder.Encode(http.Request.PathBase + Path)}">
            <input type="hidden" name="{encoder.Encode(tokens.FormFieldName)}" value="{encoder.Encode(tokens.RequestToken ?? string.Empty)}">
            <input type="hidden" name="returnUrl" value="{encoder.Encode(returnUrl ?? string.Empty)}">
            <label for="userName">用户名</label>
            <input id="userName" name="userName" autocomplete="username" required>
            <label for="password">密码</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">登录</button>
            </form>
            </body>
            </html>
            """;
        return TypedResults.Content(html, "text/html", Encoding.UTF8, statusCode);
    }
}

public sealed record LoginForm(string? UserName, string? Password, string? ReturnUrl);
