using Identity.IntegrationTests.Infrastructure;

namespace Identity.IntegrationTests;

[Collection(IdentityServerCollection.Name)]
public sealed class ClientCredentialsTests(IdentityServerFixture servers)
{
    [Fact]
    public async Task The_partner_bank_system_gets_a_finance_only_token_as_bank_system_of_QZBANK()
    {
        using var client = servers.Shared.CreateClient();

        var response = await TokenRequests.ClientCredentialsAsync(client, "bank-qzbank-system", IdentityHost.BankSecret);

        Assert.True(response.StatusCode == 200, response.Body.ToString());
        var claims = TokenRequests.Payload(response.AccessToken);
        Assert.Equal("bank-qzbank-system", claims.GetProperty("sub").GetString());
        Assert.Equal(["bank_system"], TokenRequests.Values(claims, "role"));
        Assert.Equal("QZBANK", claims.GetProperty("bank_code").GetString());
        Assert.Equal(["qingmeng-finance"], TokenRequests.Values(claims, "aud"));
        Assert.Equal(IdentityHost.Issuer, claims.GetProperty("iss").GetString());
    }

    [Fact]
    public async Task The_hotline_system_uses_its_development_secret_and_gets_a_governance_token()
    {
        using var client = servers.Shared.CreateClient();

        var response = await TokenRequests.ClientCredentialsAsync(client, "hotline-12345-system", "hotline-12345-dev-secret", "governance");

        Assert.True(response.StatusCode == 200, response.Body.ToString());
        var claims = TokenRequests.Payload(response.AccessToken);
        Assert.Equal(["hotline_system"], TokenRequests.Values(claims, "role"));
        Assert.Equal(["qingmeng-governance"], TokenRequests.Values(claims, "aud"));
        Assert.False(claims.TryGetProperty("bank_code", out _));
    }

    [Fact]
    public async Task A_wrong_client_secret_is_invalid_client()
    {
        using var client = servers.Shared.CreateClient();

        var response = await TokenRequests.ClientCredentialsAsync(client, "bank-qzbank-system", "qzbank-dev-secret");

        Assert.Equal("invalid_client", response.Error);
    }

    [Fact]
    public async Task A_partner_system_cannot_ask_for_another_services_scope()
    {
        using var client = servers.Shared.CreateClient();

        var response = await TokenRequests.ClientCredentialsAsync(client, "bank-qzbank-system", IdentityHost.BankSecret, "governance");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("invalid_request", response.Error);
    }

    [Fact]
    public async Task A_public_client_cannot_use_client_credentials()
    {
        using var client = servers.Shared.CreateClient();

        var response = await TokenRequests.PostAsync(client, new() { ["grant_type"] = "client_credentials", ["client_id"] = "qingmeng-app" });

        Assert.Equal(400, response.StatusCode);
        Assert.NotNull(response.Error);
    }
}
