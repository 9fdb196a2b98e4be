using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.IntegrationTests;

/// <summary>银企对接 end to end: a loan and a white-list decision made in finance reach the firm's policy profile.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FinanceFlowThroughGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_disbursed_loan_and_a_white_list_listing_become_facts_in_the_firms_policy_profile()
    {
        using var firm = await platform.ClientForAsync("jiejia.admin");
        using var bank = await platform.ClientForAsync("bank.qzbank");
        using var officer = await platform.ClientForAsync("policy.zhang");

        // The firm applies for 泉州银行's 科创贷 and consents; the bank approves and disburses (LoanDisbursed).
        var referral = await GatewayCalls.ExpectAsync(await firm.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/finance/referrals")
        {
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString("N") } },
            Content = JsonContent.Create(new { productCode = "QZBANK-KCD", amount = 2_000_000m, termMonths = 24, purpose = "研发中心建设" }),
        }), HttpStatusCode.Created, HttpStatusCode.OK);
        var id = referral.GetProperty("id").GetGuid();
        await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync($"/api/finance/referrals/{id}/consent", new { consent = true }), HttpStatusCode.OK);
        await GatewayCalls.ExpectAsync(await bank.PostAsJsonAsync($"/api/finance/referrals/{id}/approve", new { amount = 1_800_000m, annualRatePercent = 3.1m, termMonths = 24 }), HttpStatusCode.OK);
        await GatewayCalls.ExpectAsync(await bank.PostAsJsonAsync($"/api/finance/referrals/{id}/disburse", new { amount = 1_800_000m, disbursedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)) }), HttpStatusCode.OK);

        // The zone's officer scores the firm for the IP-pledge white list and lists it (WhitelistChanged).
        await GatewayCalls.EnsureWhiteListedAsync(officer, firm, "91350500MA31GJ8K73");

        var loan = await GatewayCalls.WaitForProfileFactAsync(firm, "loanAmount", f => f.GetProperty("source").GetString() == "finance:LoanDisbursed", "from a disbursed loan");
        var whitelisted = await GatewayCalls.WaitForProfileFactAsync(firm, "ipWhitelisted", f => f.GetProperty("source").GetString() == "finance:WhitelistChanged", "from the white list");
        Assert.True(loan.GetProperty("value").GetDecimal() >= 1_800_000m, loan.ToString());
        Assert.True(whitelisted.GetProperty("value").GetBoolean(), whitelisted.ToString());
    }
}
