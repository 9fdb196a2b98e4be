using System.Text.RegularExpressions;

namespace Identity.IntegrationTests.Infrastructure;

/// <summary>The login form as a browser uses it: fetch the page (antiforgery token and cookie), then post it.</summary>
public static partial class LoginForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string userName, string password, string returnUrl = "/")
    {
        using var form = await browser.GetAsync("/connect/login?returnUrl=%2F");
        var html = await form.Content.ReadAsStringAsync();
        var antiforgery = AntiforgeryField().Match(html);
        Assert.True(antiforgery.Success, $"No antiforgery field in the login page ({(int)form.StatusCode}): {html}");
        return await browser.PostAsync("/connect/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups["name"].Value] = antiforgery.Groups["value"].Value,
            ["returnUrl"] = returnUrl,
            ["userName"] = userName,
            ["password"] = password,
        }));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
