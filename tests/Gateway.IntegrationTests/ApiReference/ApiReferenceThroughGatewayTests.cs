using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Gateway.IntegrationTests.ApiReference;

/// <summary>
/// One API reference for partner systems and API users, through the gateway only: every service's document, addressed
/// to the gateway, with the identity service's sign-in flows for "try it".
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ApiReferenceThroughGatewayTests(PlatformFixture platform)
{
    public static TheoryData<string, string[]> Documents => new()
    {
        { "approval", ["/api/approval/"] },
        { "governance", ["/api/governance/"] },
        { "policy", ["/api/policy/"] },
        { "finance", ["/api/finance/"] },
        { "talent", ["/api/talent/"] },
        { "identity", ["/api/identity/", "/connect/", "/.well-known/"] },
    };

    [Fact]
    public async Task The_reference_page_at_docs_offers_every_service_document()
    {
        var page = await platform.Anonymous.GetAsync("/docs");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        // The page lists each document relative to the site's root (its script resolves them against the origin).
        foreach (var name in Documents.Select(row => (string)row[0]))
        {
            Assert.Contains($"\"url\":\"openapi/services/{name}.json\"", html, StringComparison.Ordinal);
        }
        // The page's own script is served by the gateway too: the reference works with no outside address.
        var script = await platform.Anonymous.GetAsync("/docs/scalar.js");
        Assert.Contains("\"x-scalar-client-id\":\"qingmeng-app\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("script-src 'self' 'unsafe-inline'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Each_service_document_is_addressed_to_the_gateway_and_offers_the_sign_in_flows(string name, string[] routedPrefixes)
    {
        var response = await platform.Anonymous.GetAsync($"/openapi/services/{name}.json");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 500)]}");

        var read = OpenApiDocument.Parse(text, OpenApiConstants.Json, new OpenApiReaderSettings());
        Assert.True(read.Diagnostic is null || read.Diagnostic.Errors.Count == 0,
            string.Join(Environment.NewLine, read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        var document = read.Document!;

        var gateway = platform.Anonymous.BaseAddress!.ToString().TrimEnd('/');
        Assert.Equal(gateway, Assert.Single(document.Servers!).Url);
        Assert.NotEmpty(document.Paths);
        Assert.All(document.Paths.Keys, path => Assert.Contains(routedPrefixes, prefix => path.StartsWith(prefix, StringComparison.Ordinal)));

        var oauth = Assert.IsType<OpenApiSecurityScheme>(document.Components!.SecuritySchemes!["oauth2"]);
        Assert.Equal($"{gateway}/connect/authorize", oauth.Flows!.AuthorizationCode!.AuthorizationUrl!.ToString());
        Assert.Equal($"{gateway}/connect/token", oauth.Flows.AuthorizationCode.TokenUrl!.ToString());
        Assert.Equal($"{gateway}/connect/token", oauth.Flows.ClientCredentials!.TokenUrl!.ToString());

        // Every operation that needs a token accepts one from the sign-in flows as well as a pasted bearer token.
        var secured = document.Paths.Values.SelectMany(item => item.Operations!.Values).Where(operation => operation.Security is { Count: > 0 }).ToList();
        Assert.All(secured, operation => Assert.Contains(operation.Security!, requirement => requirement.Keys.Any(scheme => scheme.Reference.Id == "oauth2")));
        if (name != "identity")
        {
            Assert.NotEmpty(secured);
        }
    }

    [Fact]
    public async Task Try_it_may_sign_in_with_the_app_client_returning_to_the_reference_page_and_nowhere_else()
    {
        var gateway = platform.Anonymous.BaseAddress!.ToString().TrimEnd('/');
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.Anonymous.BaseAddress };

        var toReference = await client.GetAsync(AuthorizeUrl($"{gateway}/docs"));
        var elsewhere = await client.GetAsync(AuthorizeUrl("https://attacker.example/docs"));

        // The identity service sends the user to its sign-in page, which returns to /docs afterwards.
        Assert.Equal(HttpStatusCode.Redirect, toReference.StatusCode);
        Assert.StartsWith("/connect/login", toReference.Headers.Location!.IsAbsoluteUri ? toReference.Headers.Location.AbsolutePath : toReference.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem_naming_the_document()
    {
        var response = await platform.Anonymous.GetAsync("/openapi/services/payroll.json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("documentName", out _));
    }

    private static string AuthorizeUrl(string redirectUri)
    {
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return "/connect/authorize?client_id=qingmeng-app&response_type=code&scope=openid%20policy"
            + $"&redirect_uri={Uri.EscapeDataString(redirectUri)}&code_challenge={challenge}&code_challenge_method=S256&state=abc";
    }
}
