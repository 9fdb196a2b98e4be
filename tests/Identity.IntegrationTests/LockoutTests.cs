using Identity.IntegrationTests.Infrastructure;

namespace Identity.IntegrationTests;

[Collection(IdentityServerCollection.Name)]
public sealed class LockoutTests(IdentityServerFixture servers)
{
    [Fact]
    public async Task After_the_allowed_failed_attempts_even_the_right_password_is_refused()
    {
        await using var host = await servers.StartHostAsync(settings => settings["Identity:MaxFailedSignInAttempts"] = "3");
        using var client = host.CreateClient();

        var beforeLockout = await TokenRequests.PasswordAsync(client, "lujin.admin", TokenRequests.DemoPassword, "policy");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal("invalid_grant", (await TokenRequests.PasswordAsync(client, "lujin.admin", "guess-" + attempt, "policy")).Error);
        }
        var afterLockout = await TokenRequests.PasswordAsync(client, "lujin.admin", TokenRequests.DemoPassword, "policy");

        Assert.Equal(200, beforeLockout.StatusCode);
        Assert.Equal(400, afterLockout.StatusCode);
        Assert.Equal("invalid_grant", afterLockout.Error);
    }
}
