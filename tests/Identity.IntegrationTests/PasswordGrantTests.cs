using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.IntegrationTests.Infrastructure;

namespace Identity.IntegrationTests;

[Collection(IdentityServerCollection.Name)]
public sealed class PasswordGrantTests(IdentityServerFixture servers)
{
    private const string JiejiaCreditCode = "91350500MA31GJ8K73";
    private const string CitizenResidentId = "350503198806122318";
    private const string CitizenPhone = "13805951234";

    [Fact]
    public async Task A_firm_administrator_gets_a_signed_JWT_with_the_firm_claims_and_the_audiences_of_the_requested_scopes()
    {
        using var client = servers.Shared.CreateClient();

        var response = await TokenRequests.PasswordAsync(client, "jiejia.admin", TokenRequests.DemoPassword, "openid profile roles governance policy");

        Assert.True(response.StatusCode == 200, response.Body.ToString());
        Assert.InRange(response.Body.GetProperty("expires_in").GetInt32(), 1790, 1800);
        var token = response.AccessToken;
        Assert.Equal(3, token.Split('.').Length);
        var header = TokenRequests.Header(token);
        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        Assert.Equal("at+jwt", header.GetProperty("typ").GetString());
        var claims = TokenRequests.Payload(token);
        Assert.Equal(IdentityHost.Issuer, claims.GetProperty("iss").GetString());
        Assert.False(string.IsNullOrEmpty(claims.GetProperty("sub").GetString()));
        Assert.Equal("林晓燕", claims.GetProperty("name").GetString());
        Assert.Equal(["firm"], TokenRequests.Values(claims, "role"));
        Assert.Equal(JiejiaCreditCode, claims.GetProperty("credit_code").GetString());
        Assert.Equal("true", claims.GetProperty("firm_admin").GetString());
        Assert.Equal(["qingmeng-governance", "qingmeng-policy"], TokenRequests.Values(claims, "aud").Order());
        Assert.Equal("qingmeng-demo", claims.GetProperty("client_id").GetString());
    }

    [Fact]
    public async Task A_citizen_token_carries_only_the_masked_resident_id_and_no_phone_number()
    {
        using var client = servers.Shared.CreateClient();

        var response = await TokenRequests.PasswordAsync(client, "citizen.chen", TokenRequests.DemoPassword, "openid profile roles governance");

        Assert.True(response.StatusCode == 200, response.Body.ToString());
        var claims = TokenRequests.Payload(response.AccessToken);
        Assert.Equal("350***********2318", claims.GetProperty("resident_id_masked").GetString());
        Assert.Equal(["citizen"], TokenRequests.Values(claims, "role"));
        foreach (var token in new[] { response.AccessToken, response.Body.GetProperty("id_token").GetString()! })
        {
            var raw = TokenRequests.RawPayload(token);
            Assert.DoesNotContain(CitizenResidentId, raw);
            Assert.DoesNotContain(CitizenPhone, raw);
        }
    }

    [Fact]
    public async Task An_operator_gets_the_department_code_and_a_bank_officer_the_bank_code()
    {
        using var client = servers.Shared.CreateClient();

        var officer = TokenRequests.Payload((await TokenRequests.PasswordAsync(client, "officer.zrj", TokenRequests.DemoPassword, "approval")).AccessToken);
        var banker = TokenRequests.Payload((await TokenRequests.PasswordAsync(client, "bank.qzbank", TokenRequests.DemoPassword, "finance")).AccessToken);

        Assert.Equal(["department_officer"], TokenRequests.Values(officer, "role"));
        Assert.Equal("ZRJ", officer.GetProperty("department_code").GetString());
        Assert.Equal(["qingmeng-approval"], TokenRequests.Values(officer, "aud"));
        Assert.Equal(["bank_officer"], TokenRequests.Values(banker, "role"));
        Assert.Equal("QZBANK", banker.GetProperty("bank_code").GetString());
    }

    [Fact]
    public async Task The_civil_affairs_officer_gets_a_talent_token_with_department_MZJ()
    {
        using var client = servers.Shared.CreateClient();

        var officer = TokenRequests.Payload((await TokenRequests.PasswordAsync(client, "officer.mzj", TokenRequests.DemoPassword, "talent")).AccessToken);

        Assert.Equal(["department_officer"], TokenRequests.Values(officer, "role"));
        Assert.Equal("MZJ", officer.GetProperty("department_code").GetString());
        Assert.Equal(["qingmeng-talent"], TokenRequests.Values(officer, "aud"));
    }

    [Theory]
    [InlineData("officer.rsj", "施雅婷")]
    [InlineData("director.rsj", "庄明哲")]
    public async Task The_labour_arbitrators_get_a_governance_token_with_department_RSJ(string userName, string name)
    {
        using var client = servers.Shared.CreateClient();

        var officer = TokenRequests.Payload((await TokenRequests.PasswordAsync(client, userName, TokenRequests.DemoPassword, "openid profile roles governance")).AccessToken);

        Assert.Equal(["department_officer"], TokenRequests.Values(officer, "role"));
        Assert.Equal("RSJ", officer.GetProperty("department_code").GetString());
        Assert.Equal(name, officer.GetProperty("name").GetString());
        Assert.Equal(["qingmeng-governance"], TokenRequests.Values(officer, "aud"));
    }

    [Fact]
    public async Task A_wrong_password_is_invalid_grant()
    {
        using var client = servers.Shared.CreateClient();

        var response = await TokenRequests.PasswordAsync(client, "dispatcher.wang", "not-the-password", "governance");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("invalid_grant", response.Error);
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_invalid_grant_as_a_wrong_password()
    {
        using var client = servers.Shared.CreateClient();

        var response = await TokenRequests.PasswordAsync(client, "nobody.here", TokenRequests.DemoPassword, "governance");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("invalid_grant", response.Error);
    }

    [Fact]
    public async Task The_password_grant_is_unsupported_unless_configured()
    {
        await using var host = await servers.StartHostAsync(settings => settings.Remove("Identity:EnablePasswordGrant"));
        using var client = host.CreateClient();

        var response = await TokenRequests.PasswordAsync(client, "jiejia.admin", TokenRequests.DemoPassword, "governance");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("unsupported_grant_type", response.Error);
    }

    [Fact]
    public async Task Outside_Development_the_password_grant_is_unsupported_even_when_configured()
    {
        using var signing = System.Security.Cryptography.RSA.Create(2048);
        using var encryption = System.Security.Cryptography.RSA.Create(2048);
        await using var host = await servers.StartHostAsync(settings =>
        {
            settings["Identity:EnablePasswordGrant"] = "true";
            settings["Identity:SigningKey:Pem"] = signing.ExportPkcs8PrivateKeyPem();
            settings["Identity:EncryptionKey:Pem"] = encryption.ExportPkcs8PrivateKeyPem();
            settings["Identity:Clients:hotline-12345-system:Secret"] = "integration-test-hotline-secret";
        }, environment: "Production");
        using var client = host.CreateClient();

        var response = await TokenRequests.PasswordAsync(client, "jiejia.admin", TokenRequests.DemoPassword, "governance");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("unsupported_grant_type", response.Error);
    }

    [Fact]
    public async Task The_profile_endpoint_returns_the_callers_own_account_masked()
    {
        using var client = servers.Shared.CreateClient();
        var token = (await TokenRequests.PasswordAsync(client, "citizen.chen", TokenRequests.DemoPassword, "openid")).AccessToken;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var anonymous = await client.GetAsync("/api/identity/me");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(CitizenResidentId, raw);
        Assert.DoesNotContain(CitizenPhone, raw);
        var profile = JsonDocument.Parse(raw).RootElement;
        Assert.Equal("陈志强", profile.GetProperty("displayName").GetString());
        Assert.Equal("350***********2318", profile.GetProperty("residentIdMasked").GetString());
        Assert.Equal("138****1234", profile.GetProperty("phoneMasked").GetString());
    }
}
