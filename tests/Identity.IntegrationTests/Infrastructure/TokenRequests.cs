using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Identity.IntegrationTests.Infrastructure;

/// <summary>Plain OAuth requests as any client would send them, and a JWT reader that trusts nothing but the bytes.</summary>
public static class TokenRequests
{
    public const string DemoPassword = "Qingmeng#2026";

    public static Task<TokenResponse> PasswordAsync(HttpClient client, string userName, string password, string scope) =>
        PostAsync(client, new()
        {
            ["grant_type"] = "password",
            ["client_id"] = "qingmeng-demo",
            ["username"] = userName,
            ["password"] = password,
            ["scope"] = scope,
        });

    public static Task<TokenResponse> ClientCredentialsAsync(HttpClient client, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }
        return PostAsync(client, form);
    }

    public static async Task<TokenResponse> PostAsync(HttpClient client, Dictionary<string, string> form)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new TokenResponse((int)response.StatusCode, body);
    }

    public static JsonElement Payload(string jwt) => Decode(jwt.Split('.')[1]);

    public static JsonElement Header(string jwt) => Decode(jwt.Split('.')[0]);

    public static string RawPayload(string jwt) => Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(jwt.Split('.')[1]));

    /// <summary>A claim that may be a single string or an array (aud, role), as a list.</summary>
    public static IReadOnlyList<string> Values(JsonElement payload, string claim) =>
        !payload.TryGetProperty(claim, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString()!)]
        : [value.GetString()!];

    public static (string Verifier, string Challenge) NewPkcePair()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    private static JsonElement Decode(string segment) => JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(segment)).RootElement.Clone();
}

public sealed record TokenResponse(int StatusCode, JsonElement Body)
{
    public string AccessToken => Body.TryGetProperty("access_token", out var token) ? token.GetString()! : throw new InvalidOperationException($"No access token: {Body}");

    public string? Error => Body.TryGetProperty("error", out var error) ? error.GetString() : null;
}
