using System.Net.Http.Json;
using System.Text.Json;
using Identity.IntegrationTests.Infrastructure;

namespace Identity.IntegrationTests;

[Collection(IdentityServerCollection.Name)]
public sealed class SigningKeyTests(IdentityServerFixture servers)
{
    [Fact]
    public async Task The_development_key_is_persisted_so_a_restarted_host_publishes_the_same_key_id()
    {
        var keyDirectory = servers.NewKeyDirectory();
        string firstKid;
        string token;
        await using (var first = await servers.StartHostAsync(settings => settings["Identity:DevelopmentKeyDirectory"] = keyDirectory))
        {
            using var client = first.CreateClient();
            firstKid = await KeyIdAsync(client);
            token = (await TokenRequests.ClientCredentialsAsync(client, "bank-qzbank-system", IdentityHost.BankSecret)).AccessToken;
        }

        await using var restarted = await servers.StartHostAsync(settings => settings["Identity:DevelopmentKeyDirectory"] = keyDirectory);
        using var restartedClient = restarted.CreateClient();

        Assert.Equal(firstKid, await KeyIdAsync(restartedClient));
        Assert.Equal(firstKid, TokenRequests.Header(token).GetProperty("kid").GetString());
        var keyFile = Path.Combine(keyDirectory, "signing-key.pem");
        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }
    }

    [Fact]
    public async Task A_configured_key_is_used_instead_of_a_generated_one()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var keyDirectory = servers.NewKeyDirectory();
        await using var host = await servers.StartHostAsync(settings =>
        {
            settings["Identity:SigningKey:Pem"] = pem;
            settings["Identity:DevelopmentKeyDirectory"] = keyDirectory;
        });
        using var client = host.CreateClient();

        var jwks = await client.GetFromJsonAsync<JsonElement>("/.well-known/jwks");

        var modulus = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(rsa.ExportParameters(false).Modulus);
        Assert.Equal(modulus, jwks.GetProperty("keys")[0].GetProperty("n").GetString());
        Assert.False(File.Exists(Path.Combine(keyDirectory, "signing-key.pem")));
    }

    [Fact]
    public async Task Outside_Development_the_service_refuses_to_start_without_a_configured_signing_key()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await servers.StartHostAsync(environment: "Production");
        });

        Assert.Contains("SigningKey", Flatten(failure));
    }

    private static async Task<string> KeyIdAsync(HttpClient client)
    {
        var jwks = await client.GetFromJsonAsync<JsonElement>("/.well-known/jwks");
        return jwks.GetProperty("keys")[0].GetProperty("kid").GetString()!;
    }

    private static string Flatten(Exception exception) =>
        exception.InnerException is null ? exception.Message : exception.Message + " | " + Flatten(exception.InnerException);
}
