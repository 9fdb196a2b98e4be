using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Identity.IntegrationTests;

/// <summary>
/// Failed sign-ins are counted per (account, client): a client guessing one account's password is slowed down more
/// with every failure, while nobody can lock the account's owner out of it from anywhere else.
/// </summary>
[Collection(IdentityServerCollection.Name)]
public sealed class SignInThrottleTests(IdentityServerFixture servers)
{
    private const string Attacker = "203.0.113.66";
    private const string Owner = "198.51.100.7";

    [Fact]
    public async Task A_burst_of_wrong_passwords_from_one_client_does_not_stop_the_owner_signing_in_from_another()
    {
        await using var host = await servers.StartHostAsync();
        using var attacker = host.CreateClientFrom(Attacker);
        using var owner = host.CreateClientFrom(Owner);

        for (var attempt = 0; attempt < 12; attempt++)
        {
            Assert.Equal(400, (await TokenRequests.PasswordAsync(attacker, "lujin.admin", "guess-" + attempt, "policy")).StatusCode);
        }
        var ownerSignsIn = await TokenRequests.PasswordAsync(owner, "lujin.admin", TokenRequests.DemoPassword, "policy");

        Assert.True(ownerSignsIn.StatusCode == 200, ownerSignsIn.Body.ToString());
    }

    [Fact]
    public async Task The_same_client_waits_longer_after_each_failure_past_the_free_attempts_even_with_the_right_password()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await servers.StartHostAsync(
            settings => settings["Identity:SignInThrottle:FreeAttempts"] = "2",
            services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var attacker = host.CreateClientFrom(Attacker);

        var free = new[] { await WrongPasswordAsync(attacker), await WrongPasswordAsync(attacker) };
        var firstDelayed = await WrongPasswordAsync(attacker);
        var refusedWhileWaiting = await PostPasswordAsync(attacker, TokenRequests.DemoPassword);
        clock.Advance(TimeSpan.FromSeconds(1));
        var secondDelayed = await WrongPasswordAsync(attacker);
        clock.Advance(TimeSpan.FromSeconds(1));
        var stillWaiting = await PostPasswordAsync(attacker, TokenRequests.DemoPassword);
        clock.Advance(TimeSpan.FromSeconds(1));
        var afterTheWait = await PostPasswordAsync(attacker, TokenRequests.DemoPassword);

        Assert.All(free, response => Assert.Null(response.RetryAfter));
        Assert.Equal(1, firstDelayed.RetryAfter);
        Assert.Equal((400, "invalid_grant"), (refusedWhileWaiting.Status, refusedWhileWaiting.Error));
        Assert.Equal(1, refusedWhileWaiting.RetryAfter);
        Assert.Equal(2, secondDelayed.RetryAfter);
        Assert.Equal(1, stillWaiting.RetryAfter);
        Assert.Equal(400, stillWaiting.Status);
        Assert.Equal(200, afterTheWait.Status);
    }

    [Fact]
    public async Task Many_clients_failing_against_one_account_slow_every_new_guesser_but_never_lock_the_owner()
    {
        await using var host = await servers.StartHostAsync(settings =>
        {
            settings["Identity:SignInThrottle:FreeAttempts"] = "5";
            settings["Identity:SignInThrottle:AccountFailuresPerHour"] = "3";
        });
        var guessers = new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" }.Select(peer => host.CreateClientFrom(peer)).ToList();
        using var lateGuesser = host.CreateClientFrom("203.0.113.4");
        using var owner = host.CreateClientFrom(Owner);

        var underTheCap = new List<Attempt>();
        foreach (var guesser in guessers)
        {
            underTheCap.Add(await WrongPasswordAsync(guesser));
            guesser.Dispose();
        }
        var overTheCap = await WrongPasswordAsync(lateGuesser);
        var ownerSignsIn = await PostPasswordAsync(owner, TokenRequests.DemoPassword);

        Assert.All(underTheCap, response => Assert.Null(response.RetryAfter));
        Assert.NotNull(overTheCap.RetryAfter);
        Assert.Equal(200, ownerSignsIn.Status);
    }

    [Fact]
    public async Task The_login_form_is_throttled_per_client_as_the_token_endpoint_is()
    {
        await using var host = await servers.StartHostAsync(settings => settings["Identity:SignInThrottle:FreeAttempts"] = "1");
        using var attacker = host.CreateClientFrom(Attacker, browser: true);
        using var owner = host.CreateClientFrom(Owner, browser: true);

        using var first = await LoginForm.PostAsync(attacker, "lujin.admin", "guess-1");
        using var second = await LoginForm.PostAsync(attacker, "lujin.admin", "guess-2");
        using var rightButTooSoon = await LoginForm.PostAsync(attacker, "lujin.admin", TokenRequests.DemoPassword);
        using var ownerSignsIn = await LoginForm.PostAsync(owner, "lujin.admin", TokenRequests.DemoPassword);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.False(first.Headers.Contains("Retry-After"));
        Assert.True(second.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.TooManyRequests, rightButTooSoon.StatusCode);
        Assert.True(rightButTooSoon.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.Redirect, ownerSignsIn.StatusCode);
    }

    private static Task<Attempt> WrongPasswordAsync(HttpClient client) => PostPasswordAsync(client, "not-the-password");

    private static async Task<Attempt> PostPasswordAsync(HttpClient client, string password)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "qingmeng-demo",
            ["username"] = "lujin.admin",
            ["password"] = password,
            ["scope"] = "policy",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        int? retryAfter = response.Headers.RetryAfter?.Delta is { } delta ? (int)delta.TotalSeconds : null;
        return new Attempt((int)response.StatusCode, body.TryGetProperty("error", out var error) ? error.GetString() : null, retryAfter);
    }

    private sealed record Attempt(int Status, string? Error, int? RetryAfter);
}
