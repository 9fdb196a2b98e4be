using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace Gateway.IntegrationTests.Abuse;

/// <summary>
/// Sign-in abuse as a client on the internet would try it, through the gateway of the whole platform: an open redirect
/// from the login page, locking someone else's account with wrong passwords, and escaping the gateway's per-client
/// limit by making up X-Forwarded-For addresses.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class SignInAbuseThroughGatewayTests(PlatformFixture platform)
{
    public static TheoryData<string> OffSiteReturnUrls =>
    [
        "//evil.example",
        "/\\evil.example",
        "/%09/evil.example",
        "/\t/evil.example",
        "https://evil.example",
    ];

    [Theory]
    [MemberData(nameof(OffSiteReturnUrls))]
    public async Task The_login_page_never_sends_the_browser_off_site(string returnUrl)
    {
        using var browser = platform.App.CreateHttpClient("gateway");

        using var page = await browser.GetAsync("/connect/login?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("application/problem+json", page.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await page.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("returnUrl", out _), problem.ToString());
    }

    [Fact]
    public async Task Wrong_passwords_for_admin_from_one_client_do_not_stop_admin_signing_in_from_another()
    {
        // The guesser hammers the token endpoint (password grant, qingmeng-demo), making up a new X-Forwarded-For each
        // time; the owner then signs in as people do, through the app's login page. Both come from this machine: what
        // tells them apart is the client (the OAuth client with the address the gateway reports), never the account.
        using var guesser = platform.App.CreateHttpClient("gateway");
        for (var attempt = 0; attempt < 8; attempt++)
        {
            using var wrong = await PasswordGrantAsync(guesser, "guess-" + attempt, forwardedFor: $"192.0.2.{attempt + 1}");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        using var rightButTooSoon = await PasswordGrantAsync(guesser, PlatformFixture.DemoPassword, forwardedFor: "192.0.2.99");

        var ownerTokens = await SignInThroughTheLoginPageAsync("admin");

        // The guesser, however it rotates its claimed address, is one client and has to wait...
        Assert.Equal(HttpStatusCode.BadRequest, rightButTooSoon.StatusCode);
        Assert.True(rightButTooSoon.Headers.RetryAfter is not null, "the guessing client was not slowed down");
        // ...while the account itself was never locked.
        Assert.True(ownerTokens.TryGetProperty("access_token", out _), ownerTokens.ToString());

        // Leave no waiting time behind: once the guesser's wait is over, the right password clears its counter.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        HttpStatusCode status;
        do
        {
            using var retry = await PasswordGrantAsync(guesser, PlatformFixture.DemoPassword, forwardedFor: null);
            status = retry.StatusCode;
            if (status != HttpStatusCode.OK && retry.Headers.RetryAfter?.Delta is { } wait)
            {
                await Task.Delay(wait);
            }
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Made_up_X_Forwarded_For_addresses_are_counted_as_the_one_client_that_sent_them()
    {
        using var client = platform.App.CreateHttpClient("gateway");
        var limit = 0;
        var remaining = new List<int>();
        for (var i = 1; i <= 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
            using var response = await client.SendAsync(request);
            limit = int.Parse(response.Headers.GetValues("RateLimit-Limit").Single(), CultureInfo.InvariantCulture);
            remaining.Add(int.Parse(response.Headers.GetValues("RateLimit-Remaining").Single(), CultureInfo.InvariantCulture));
        }

        // Five made-up addresses would each start a fresh count (limit - 1 left every time); one client's count goes
        // down with every request, and at most one of five quick requests can fall at the start of a new window.
        Assert.True(remaining.Count(r => r == limit - 1) <= 1, $"remaining per request: {string.Join(", ", remaining)} of {limit}");
    }

    /// <summary>The app's sign-in: authorize (PKCE), the login page, back to authorize, then the code for tokens.</summary>
    private async Task<JsonElement> SignInThroughTheLoginPageAsync(string userName)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = platform.App.GetEndpoint("gateway", "http"),
        };
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        const string redirectUri = "http://127.0.0.1/callback";
        var authorize = "/connect/authorize?client_id=qingmeng-app&response_type=code&scope=" + Uri.EscapeDataString("openid governance")
            + $"&redirect_uri={Uri.EscapeDataString(redirectUri)}&code_challenge={challenge}&code_challenge_method=S256&state=owner";

        using var toLogin = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        using var page = await browser.GetAsync(toLogin.Headers.Location);
        var html = await page.Content.ReadAsStringAsync();
        var antiforgery = AntiforgeryField().Match(html);
        Assert.True(antiforgery.Success, html);
        using var login = await browser.PostAsync("/connect/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups["name"].Value] = antiforgery.Groups["value"].Value,
            ["returnUrl"] = WebUtility.HtmlDecode(ReturnUrlField().Match(html).Groups["value"].Value),
            ["userName"] = userName,
            ["password"] = PlatformFixture.DemoPassword,
        }));
        Assert.True(login.StatusCode == HttpStatusCode.Redirect, $"{(int)login.StatusCode}: {await login.Content.ReadAsStringAsync()}");
        using var toApp = await browser.GetAsync(login.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, toApp.StatusCode);
        var code = System.Web.HttpUtility.ParseQueryString(toApp.Headers.Location!.Query)["code"];

        using var tokens = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "qingmeng-app",
            ["code"] = code ?? string.Empty,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = verifier,
        }));
        return JsonDocument.Parse(await tokens.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static Task<HttpResponseMessage> PasswordGrantAsync(HttpClient client, string password, string? forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "qingmeng-demo",
                ["username"] = "admin",
                ["password"] = password,
                ["scope"] = "openid governance",
            }),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        return client.SendAsync(request);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<input type=\"hidden\" name=\"returnUrl\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex ReturnUrlField();
}
