using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Identity.IntegrationTests.Infrastructure;

namespace Identity.IntegrationTests;

/// <summary>The login form sends the browser only to a path of this site, by the rules of ASP.NET Core's IsLocalUrl.</summary>
[Collection(IdentityServerCollection.Name)]
public sealed partial class ReturnUrlTests(IdentityServerFixture servers)
{
    public static TheoryData<string> OffSiteReturnUrls =>
    [
        "//evil.example",
        "//evil.example/connect/authorize",
        "/\\evil.example",
        "\\\\evil.example",
        "/\t/evil.example",
        "/\u0000/evil.example",
        "/%09/evil.example",
        "/%5Cevil.example",
        "/%2F/evil.example",
        "https://evil.example",
        "http://evil.example/connect/authorize",
        "javascript:alert(1)",
        "evil.example",
        "~//evil.example",
        "~/\\evil.example",
        " /connect/authorize",
        "/connect/authorize\r\nLocation: https://evil.example",
    ];

    [Theory]
    [MemberData(nameof(OffSiteReturnUrls))]
    public async Task The_login_form_refuses_a_return_url_that_is_not_a_local_path(string returnUrl)
    {
        using var browser = servers.Shared.CreateBrowser();

        using var response = await browser.GetAsync("/connect/login?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("returnUrl", out _), problem.ToString());
    }

    [Theory]
    [MemberData(nameof(OffSiteReturnUrls))]
    public async Task A_correct_password_posted_with_an_off_site_return_url_never_redirects_off_site(string returnUrl)
    {
        using var browser = servers.Shared.CreateBrowser();
        using var form = await browser.GetAsync("/connect/login?returnUrl=%2F");
        var html = await form.Content.ReadAsStringAsync();

        using var login = await browser.PostAsync("/connect/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [AntiforgeryField().Match(html).Groups["name"].Value] = AntiforgeryField().Match(html).Groups["value"].Value,
            ["returnUrl"] = returnUrl,
            ["userName"] = "officer.hbj",
            ["password"] = TokenRequests.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Null(login.Headers.Location);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/connect/authorize?client_id=qingmeng-app&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback")]
    [InlineData("~/connect/authorize")]
    public async Task A_local_path_is_accepted_and_the_browser_goes_there_after_signing_in(string returnUrl)
    {
        using var browser = servers.Shared.CreateBrowser();
        using var form = await browser.GetAsync("/connect/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var html = await form.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        using var login = await browser.PostAsync("/connect/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [AntiforgeryField().Match(html).Groups["name"].Value] = AntiforgeryField().Match(html).Groups["value"].Value,
            ["returnUrl"] = returnUrl,
            ["userName"] = "officer.hbj",
            ["password"] = TokenRequests.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var location = login.Headers.Location!.OriginalString;
        Assert.StartsWith("/", location);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal), location);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
