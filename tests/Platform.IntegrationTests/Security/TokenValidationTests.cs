using System.Net;
using Platform.IntegrationTests.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;

namespace Platform.IntegrationTests.Security;

/// <summary>Only a current token, signed by the identity service, for this service's audience and from its issuer, is accepted.</summary>
[Collection(PlatformServersCollection.Name)]
public sealed class TokenValidationTests(PlatformServersFixture servers)
{
    private static readonly string Governance = PlatformScopes.Audiences[PlatformScopes.Governance];

    public static TheoryData<string> BadTokens() => new()
    {
        "expired",
        "tampered",
        "foreign signing key",
        "wrong audience",
        "wrong issuer",
        "not a token",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_refused_with_401(string kind)
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        using var client = pipeline.Governance.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", BadToken(kind));

        var response = await client.GetAsync("/api/governance/cases");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_good_token_is_accepted()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        using var client = pipeline.GovernanceClientFor(TestCaller.Dispatcher);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/governance/cases")).StatusCode);
    }

    [Fact]
    public async Task A_partner_banks_client_credentials_token_reaches_no_governance_or_policy_endpoint()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        var financeToken = TestTokens.For(TestCaller.BankSystem, PlatformScopes.Audiences[PlatformScopes.Finance]);
        using var governance = pipeline.Governance.CreateClient();
        governance.DefaultRequestHeaders.Authorization = new("Bearer", financeToken);
        using var policy = pipeline.PolicyMatch.CreateClient();
        policy.DefaultRequestHeaders.Authorization = new("Bearer", financeToken);

        Assert.Equal(HttpStatusCode.Unauthorized, (await governance.GetAsync("/api/governance/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await policy.GetAsync("/api/policy/signals")).StatusCode);

        // Even with the right audience, the bank system's role opens nothing here.
        using var governanceAudience = pipeline.GovernanceClientFor(TestCaller.BankSystem);
        Assert.Equal(HttpStatusCode.Forbidden, (await governanceAudience.GetAsync("/api/governance/cases")).StatusCode);
    }

    private static string BadToken(string kind)
    {
        var good = TestTokens.For(TestCaller.Dispatcher, Governance);
        return kind switch
        {
            "expired" => TestTokens.For(TestCaller.Dispatcher, Governance, lifetime: TimeSpan.FromMinutes(-10)),
            "tampered" => Tamper(good),
            "foreign signing key" => TestTokens.For(TestCaller.Dispatcher, Governance, key: TestTokens.ForeignKey),
            "wrong audience" => TestTokens.For(TestCaller.Dispatcher, PlatformScopes.Audiences[PlatformScopes.Talent]),
            "wrong issuer" => TestTokens.For(TestCaller.Dispatcher, Governance, issuer: "http://evil.example/"),
            _ => "not-a-jwt",
        };
    }

    /// <summary>Swaps the payload for one claiming the admin role, keeping the original signature.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var admin = TestTokens.For(TestCaller.Admin, Governance).Split('.');
        return $"{parts[0]}.{admin[1]}.{parts[2]}";
    }
}
