using System.Net;
using System.Net.Http.Json;
using static Gateway.IntegrationTests.GatewayCalls;

namespace Gateway.IntegrationTests.Abuse;

/// <summary>
/// The attack of issue #15: a firm administrator wrote the facts finance owns (white list, loans) on its own
/// profile and was paid the IP-pledge interest subsidy (免申即享) within seconds. It must be refused at the
/// entry the public uses.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SelfPaymentThroughGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_firm_writing_finance_owned_facts_on_its_own_profile_is_refused_and_is_neither_offered_nor_paid_the_pledge_subsidy()
    {
        using var firm = await platform.ClientForAsync("lujin.admin");
        await ExpectAsync(await firm.PutAsJsonAsync("/api/policy/profiles/me", new { name = "福建路金汽车精密零部件有限公司" }), HttpStatusCode.OK);

        var refused = await ExpectAsync(
            await firm.PutAsJsonAsync("/api/policy/profiles/me/facts", new { facts = new { ipWhitelisted = true, loanAmount = 2_000_000 } }),
            HttpStatusCode.Forbidden, HttpStatusCode.UnprocessableEntity);

        var errors = refused.GetProperty("errors");
        Assert.True(errors.TryGetProperty("facts.ipWhitelisted", out _), refused.ToString());
        Assert.True(errors.TryGetProperty("facts.loanAmount", out _), refused.ToString());
        var profile = await ExpectAsync(await firm.GetAsync("/api/policy/profiles/me"), HttpStatusCode.OK);
        Assert.DoesNotContain(profile.GetProperty("facts").EnumerateArray(), f => f.GetProperty("field").GetString() is "ipWhitelisted" or "loanAmount");
        var claims = await ExpectAsync(await firm.GetAsync("/api/policy/claims?policyCode=QM-JR-002"), HttpStatusCode.OK);
        Assert.Equal(0, claims.GetProperty("count").GetInt32());
        var payments = await ExpectAsync(await firm.GetAsync("/api/policy/disbursements"), HttpStatusCode.OK);
        Assert.DoesNotContain(payments.GetProperty("items").EnumerateArray(), d => d.GetProperty("policyCode").GetString() == "QM-JR-002");
    }
}
