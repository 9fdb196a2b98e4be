using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qingmeng.Testing.Hosting;

namespace Gateway.IntegrationTests.Journeys;

/// <summary>
/// A bank disburses a loan to a white-listed firm → the firm's policy profile learns it from finance → a 免申即享 policy
/// offers and pays on those authoritative facts → governance's scorecard counts the payment. Every step goes through the
/// gateway with the demo accounts; the facts travel as events only.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class LoanToNoApplicationSubsidyJourneyTests(PlatformFixture platform)
{
    private const string FirmCreditCode = "91350500MA31GJ8K73";
    private const decimal Loan = 1_500_000m;
    private const decimal Subsidy = 36_000m;

    [Fact]
    public async Task A_loan_to_a_white_listed_firm_pays_a_no_application_subsidy_that_the_scorecard_counts()
    {
        using var firm = await platform.ClientForAsync("jiejia.admin");
        using var bank = await platform.ClientForAsync("bank.qzbank");
        using var officer = await platform.ClientForAsync(PlatformFixture.PolicyOfficer);
        var code = JourneyCalls.NewPolicyCode();

        // The firm is on the IP-pledge white list (WhitelistChanged), listed now unless an earlier flow listed it already.
        await GatewayCalls.EnsureWhiteListedAsync(officer, firm, FirmCreditCode);
        await GatewayCalls.WaitForProfileFactAsync(firm, "ipWhitelisted",
            f => f.GetProperty("source").GetString() == "finance:WhitelistChanged" && f.GetProperty("value").GetBoolean(), "from the white list");

        // 金融支持: white-listed firms whose loans grew by at least the new loan; the threshold lies above today's total,
        // so only this loan can make the firm eligible.
        var loansBefore = await JourneyCalls.ProfileNumberAsync(firm, "loanAmount");
        var threshold = loansBefore + Loan;
        await JourneyCalls.PublishPolicyAsync(officer, code, "Finance", "NoApplication", "知识产权质押融资企业贷款奖励（试行）", Subsidy,
            JourneyCalls.Comparison("ipWhitelisted", "Equal", true),
            JourneyCalls.Comparison("loanAmount", "GreaterThanOrEqual", threshold));
        Assert.NotEqual("Met", await JourneyCalls.MatchOutcomeAsync(firm, code));
        var paidBefore = await JourneyCalls.ScorecardAsync(platform.Gateway, "subsidies.amount");
        var firmTimesBefore = await JourneyCalls.ScorecardAsync(platform.Gateway, "subsidies.firmTimes");

        // 泉州银行 lends (LoanDisbursed).
        var loanId = await DisburseAsync(firm, bank);
        var loanFact = await GatewayCalls.WaitForProfileFactAsync(firm, "loanAmount",
            f => f.GetProperty("source").GetString() == "finance:LoanDisbursed" && f.GetProperty("value").GetDecimal() >= threshold, $"reaching {threshold}");
        Assert.Equal(threshold, loanFact.GetProperty("value").GetDecimal());

        // policy-match offers the subsidy on authoritative facts alone; the firm confirms and it is paid at once.
        var offer = await Eventually.MatchesAsync(
            async () => (await GatewayCalls.ExpectAsync(await firm.GetAsync($"/api/policy/claims?policyCode={code}"), HttpStatusCode.OK)).GetProperty("items"),
            items => items.GetArrayLength() > 0, JourneyCalls.EventTimeout, $"an offer of {code}");
        var claim = Assert.Single(offer.EnumerateArray());
        Assert.Equal("Offered", claim.GetProperty("status").GetString());
        var paid = await GatewayCalls.ExpectAsync(await firm.PostAsync($"/api/policy/claims/{claim.GetProperty("id").GetGuid()}/confirm", null), HttpStatusCode.OK);
        Assert.Equal("Paid", paid.GetProperty("claim").GetProperty("status").GetString());
        var basis = paid.GetProperty("disbursement").GetProperty("basis").GetProperty("facts").EnumerateArray().ToList();
        Assert.Equal("finance:LoanDisbursed", Source(basis, "loanAmount"));
        Assert.Equal("finance:WhitelistChanged", Source(basis, "ipWhitelisted"));

        // Finance: the loan stands disbursed. Governance: the payment is counted (SubsidyDisbursed).
        var referral = await GatewayCalls.ExpectAsync(await firm.GetAsync($"/api/finance/referrals/{loanId}"), HttpStatusCode.OK);
        Assert.Equal("Disbursed", referral.GetProperty("status").GetString());
        var paidAfter = await JourneyCalls.WaitForScorecardAsync(platform.Gateway, "subsidies.amount", paidBefore + Subsidy);
        Assert.True(paidAfter >= paidBefore + Subsidy, $"{paidBefore} → {paidAfter}");
        Assert.True(await JourneyCalls.ScorecardAsync(platform.Gateway, "subsidies.firmTimes") >= firmTimesBefore + 1);
    }

    private static string? Source(List<JsonElement> basis, string field) =>
        basis.Single(f => f.GetProperty("field").GetString() == field).GetProperty("source").GetString();

    private static async Task<Guid> DisburseAsync(HttpClient firm, HttpClient bank)
    {
        var referral = await GatewayCalls.ExpectAsync(await firm.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/finance/referrals")
        {
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString("N") } },
            Content = JsonContent.Create(new { productCode = "QZBANK-KCD", amount = Loan, termMonths = 24, purpose = "专利产业化生产线建设" }),
        }), HttpStatusCode.Created, HttpStatusCode.OK);
        var id = referral.GetProperty("id").GetGuid();
        await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync($"/api/finance/referrals/{id}/consent", new { consent = true }), HttpStatusCode.OK);
        await GatewayCalls.ExpectAsync(await bank.PostAsJsonAsync($"/api/finance/referrals/{id}/approve", new { amount = Loan, annualRatePercent = 3.1m, termMonths = 24 }), HttpStatusCode.OK);
        await GatewayCalls.ExpectAsync(await bank.PostAsJsonAsync($"/api/finance/referrals/{id}/disburse", new { amount = Loan, disbursedOn = JourneyCalls.ChinaToday }), HttpStatusCode.OK);
        return id;
    }
}
