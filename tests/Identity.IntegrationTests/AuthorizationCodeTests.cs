using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using Identity.IntegrationTests.Infrastructure;

namespace Identity.IntegrationTests;

[Collection(IdentityServerCollection.Name)]
public sealed partial class AuthorizationCodeTests(IdentityServerFixture servers)
{
    private const string RedirectUri = "http://127.0.0.1/callback";

    [Fact]
    public async Task The_app_signs_in_through_the_login_form_and_exchanges_the_code_with_its_PKCE_verifier()
    {
        using var browser = servers.Shared.CreateBrowser();
        var (verifier, challenge) = TokenRequests.NewPkcePair();

        using var authorize = await browser.GetAsync(AuthorizeUrl(challenge, state: "s1"));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var loginUrl = authorize.Headers.Location!.OriginalString;
        Assert.StartsWith("/connect/login?returnUrl=", loginUrl);

        using var form = await browser.GetAsync(loginUrl);
        var html = await form.Content.ReadAsStringAsync();
        Assert.Equal("utf-8", form.Content.Headers.ContentType!.CharSet);
        Assert.Contains("用户名", html);
        Assert.Contains("密码", html);

        using var login = await browser.PostAsync("/connect/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [AntiforgeryField().Match(html).Groups["name"].Value] = AntiforgeryField().Match(html).Groups["value"].Value,
            ["returnUrl"] = HttpUtility.HtmlDecode(ReturnUrlField().Match(html).Groups["value"].Value),
            ["userName"] = "jiejia.staff",
            ["password"] = TokenRequests.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/connect/authorize?", login.Headers.Location!.OriginalString);

        var code = await CodeAfterRedirectAsync(browser, login.Headers.Location!.OriginalString, "s1");
        var tokens = await ExchangeAsync(browser, code, verifier);

        Assert.True(tokens.StatusCode == 200, tokens.Body.ToString());
        var claims = TokenRequests.Payload(tokens.AccessToken);
        Assert.Equal("91350500MA31GJ8K73", claims.GetProperty("credit_code").GetString());
        Assert.False(claims.TryGetProperty("firm_admin", out _));
        Assert.Equal(["qingmeng-governance"], TokenRequests.Values(claims, "aud"));
        var idToken = TokenRequests.Payload(tokens.Body.GetProperty("id_token").GetString()!);
        Assert.Equal("黄伟明", idToken.GetProperty("name").GetString());
        Assert.Equal("qingmeng-app", TokenRequests.Values(idToken, "aud").Single());

        var refreshed = await TokenRequests.PostAsync(browser, new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "qingmeng-app",
            ["refresh_token"] = tokens.Body.GetProperty("refresh_token").GetString()!,
        });
        Assert.True(refreshed.StatusCode == 200, refreshed.Body.ToString());
        Assert.Equal(claims.GetProperty("sub").GetString(), TokenRequests.Payload(refreshed.AccessToken).GetProperty("sub").GetString());
    }

    [Fact]
    public async Task A_code_without_its_verifier_or_with_a_wrong_one_is_refused()
    {
        using var browser = servers.Shared.CreateBrowser();
        await SignInAsync(browser, "officer.zjj");

        var (_, firstChallenge) = TokenRequests.NewPkcePair();
        var withoutVerifier = await ExchangeAsync(browser, await CodeAfterRedirectAsync(browser, AuthorizeUrl(firstChallenge, "s2"), "s2"), verifier: null);
        var (_, secondChallenge) = TokenRequests.NewPkcePair();
        var (otherVerifier, _) = TokenRequests.NewPkcePair();
        var wrongVerifier = await ExchangeAsync(browser, await CodeAfterRedirectAsync(browser, AuthorizeUrl(secondChallenge, "s3"), "s3"), otherVerifier);

        Assert.Equal(400, withoutVerifier.StatusCode);
        // A missing verifier is a malformed request; a wrong one fails the code's PKCE binding.
        Assert.Equal("invalid_request", withoutVerifier.Error);
        Assert.Equal(400, wrongVerifier.StatusCode);
        Assert.Equal("invalid_grant", wrongVerifier.Error);
    }

    [Fact]
    public async Task An_authorization_request_without_a_code_challenge_is_refused()
    {
        using var browser = servers.Shared.CreateBrowser();
        await SignInAsync(browser, "agent.lin");

        using var response = await browser.GetAsync(
            $"/connect/authorize?client_id=qingmeng-app&response_type=code&scope=openid&state=s4&redirect_uri={Uri.EscapeDataString(RedirectUri)}");

        // OpenIddict checks PKCE before trusting the redirect URI, so the error is shown here rather than sent to the client.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_wrong_password_on_the_login_form_shows_the_form_again_without_a_session()
    {
        using var browser = servers.Shared.CreateBrowser();
        using var form = await browser.GetAsync("/connect/login?returnUrl=%2F");
        var html = await form.Content.ReadAsStringAsync();

        using var login = await browser.PostAsync("/connect/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [AntiforgeryField().Match(html).Groups["name"].Value] = AntiforgeryField().Match(html).Groups["value"].Value,
            ["returnUrl"] = "/",
            ["userName"] = "policy.zhang",
            ["password"] = "wrong-password",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Contains("用户名或密码错误", await login.Content.ReadAsStringAsync());
    }

    private static string AuthorizeUrl(string challenge, string state) =>
        "/connect/authorize?client_id=qingmeng-app&response_type=code&scope=" + Uri.EscapeDataString("openid profile roles offline_access governance") +
        $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&code_challenge={challenge}&code_challenge_method=S256&state={state}";

    private static async Task SignInAsync(HttpClient browser, string userName)
    {
        using var form = await browser.GetAsync("/connect/login?returnUrl=%2F");
        var html = await form.Content.ReadAsStringAsync();
        using var login = await browser.PostAsync("/connect/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [AntiforgeryField().Match(html).Groups["name"].Value] = AntiforgeryField().Match(html).Groups["value"].Value,
            ["returnUrl"] = "/",
            ["userName"] = userName,
            ["password"] = TokenRequests.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    private static async Task<string> CodeAfterRedirectAsync(HttpClient browser, string authorizeUrl, string state)
    {
        using var response = await browser.GetAsync(authorizeUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri, location.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal(state, query["state"]);
        return query["code"] ?? throw new InvalidOperationException($"No code in {location}");
    }

    private static Task<TokenResponse> ExchangeAsync(HttpClient client, string code, string? verifier)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "qingmeng-app",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
        };
        if (verifier is not null)
        {
            form["code_verifier"] = verifier;
        }
        return TokenRequests.PostAsync(client, form);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<input type=\"hidden\" name=\"returnUrl\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex ReturnUrlField();
}
