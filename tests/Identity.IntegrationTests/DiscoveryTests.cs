using System.Net.Http.Json;
using System.Text.Json;
using Identity.IntegrationTests.Infrastructure;

namespace Identity.IntegrationTests;

[Collection(IdentityServerCollection.Name)]
public sealed class DiscoveryTests(IdentityServerFixture servers)
{
    [Fact]
    public async Task The_discovery_document_names_the_configured_issuer_the_endpoints_and_the_grant_types()
    {
        using var client = servers.Shared.CreateClient();

        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        Assert.Equal(IdentityHost.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost:5100/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost:5100/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost:5100/connect/userinfo", discovery.GetProperty("userinfo_endpoint").GetString());
        Assert.Equal("http://localhost:5100/.well-known/jwks", discovery.GetProperty("jwks_uri").GetString());
        var grants = TokenRequests.Values(discovery, "grant_types_supported");
        Assert.Contains("authorization_code", grants);
        Assert.Contains("refresh_token", grants);
        Assert.Contains("client_credentials", grants);
        Assert.Contains("password", grants);
        Assert.Contains("S256", TokenRequests.Values(discovery, "code_challenge_methods_supported"));
        Assert.Contains("finance", TokenRequests.Values(discovery, "scopes_supported"));
    }

    [Fact]
    public async Task The_key_set_publishes_one_RSA_signing_key_without_its_private_part()
    {
        using var client = servers.Shared.CreateClient();

        var jwks = await client.GetFromJsonAsync<JsonElement>("/.well-known/jwks");

        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.Equal("sig", key.GetProperty("use").GetString());
        Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
        Assert.False(key.TryGetProperty("d", out _));
    }
}
