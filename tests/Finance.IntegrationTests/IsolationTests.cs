using System.Net;
using System.Text.Json;
using Finance.IntegrationTests.Infrastructure;

namespace Finance.IntegrationTests;

/// <summary>A bank only ever sees referrals addressed to it (and only after the firm's consent); a firm only its own.</summary>
[Collection(FinanceServersCollection.Name)]
public sealed class IsolationTests(PlatformServersFixture servers)
{
    private static IEnumerable<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid());

    [Fact]
    public async Task Bank_A_never_sees_or_acts_on_bank_B_referrals()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        await app.PutProfileAsync(TestCaller.FirmB);
        var toQzbank = await app.ReferredAsync(TestCaller.FirmA, "QZBANK-KCD");
        var toCib = await app.ReferredAsync(TestCaller.FirmB, "CIBQZ-SKD", 1_000_000m, 12);
        var unconsented = (await app.ApplyAsync(TestCaller.FirmA, "QZBANK-KCD")).GetProperty("id").GetGuid();

        foreach (var qzbank in new[] { TestCaller.BankOfficer, TestCaller.BankSystem })
        {
            Assert.Equal([toQzbank], Ids(await app.GetAsync(qzbank, "/api/finance/referrals")));
            Assert.Empty(Ids(await app.GetAsync(qzbank, "/api/finance/referrals?bankCode=CIBQZ")));
            await app.GetAsync(qzbank, $"/api/finance/referrals/{toCib}", HttpStatusCode.NotFound);
            await app.GetAsync(qzbank, $"/api/finance/referrals/{toCib}/schedule", HttpStatusCode.NotFound);
            await app.GetAsync(qzbank, $"/api/finance/referrals/{unconsented}", HttpStatusCode.NotFound);
            await app.PostAsync(qzbank, $"/api/finance/referrals/{toCib}/accept", null, HttpStatusCode.NotFound);
            await app.PostAsync(qzbank, $"/api/finance/referrals/{toCib}/decline", new { reason = "越权测试" }, HttpStatusCode.NotFound);
            await app.PostAsync(qzbank, $"/api/finance/referrals/{toCib}/approve", new { amount = 1_000_000m, annualRatePercent = 3m, termMonths = 12 }, HttpStatusCode.NotFound);
        }
        foreach (var cib in new[] { FinanceApp.OtherBankOfficer, FinanceApp.OtherBankSystem })
        {
            Assert.Equal([toCib], Ids(await app.GetAsync(cib, "/api/finance/referrals")));
            await app.GetAsync(cib, $"/api/finance/referrals/{toQzbank}", HttpStatusCode.NotFound);
        }
        // A bank officer whose token names no bank sees nothing at all.
        var noBank = new TestCaller("bank-officer-nobank", "无行员", [Qingmeng.ServiceDefaults.Authentication.PlatformRoles.BankOfficer]);
        Assert.Empty(Ids(await app.GetAsync(noBank, "/api/finance/referrals")));

        Assert.Equal("Referred", (await app.GetAsync(TestCaller.FirmB, $"/api/finance/referrals/{toCib}")).GetProperty("status").GetString());
        // The zone's officer sees every referral, consented or not.
        var officerView = Ids(await app.GetAsync(TestCaller.PolicyOfficer, "/api/finance/referrals")).ToHashSet();
        Assert.True(officerView.SetEquals([toQzbank, toCib, unconsented]));
    }

    [Fact]
    public async Task Firm_A_never_sees_or_acts_on_firm_B_referrals_needs_or_loans()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        await app.PutProfileAsync(TestCaller.FirmB);
        var firmBLoan = await app.DisbursedAsync(TestCaller.FirmB, TestCaller.BankOfficer, new DateOnly(2026, 12, 1));
        var firmBApplied = (await app.ApplyAsync(TestCaller.FirmB)).GetProperty("id").GetGuid();
        var firmBNeed = (await app.PostAsync(TestCaller.FirmB, "/api/finance/needs",
            new { amount = 2_000_000m, termMonths = 24, purpose = "购置设备" }, HttpStatusCode.Created)).GetProperty("need").GetProperty("id").GetGuid();
        var firmAReferral = await app.ReferredAsync(TestCaller.FirmA);

        var firmA = TestCaller.FirmA;
        Assert.Equal([firmAReferral], Ids(await app.GetAsync(firmA, "/api/finance/referrals")));
        await app.GetAsync(firmA, $"/api/finance/referrals/{firmBLoan}", HttpStatusCode.NotFound);
        await app.GetAsync(firmA, $"/api/finance/referrals/{firmBLoan}/schedule", HttpStatusCode.NotFound);
        await app.GetAsync(firmA, $"/api/finance/loans/{firmBLoan}/ledger", HttpStatusCode.NotFound);
        await app.GetAsync(firmA, $"/api/finance/needs/{firmBNeed}/matches", HttpStatusCode.NotFound);
        await app.PostAsync(firmA, $"/api/finance/referrals/{firmBApplied}/consent", new { consent = true }, HttpStatusCode.NotFound);
        await app.PostAsync(firmA, $"/api/finance/referrals/{firmBApplied}/withdraw", new { reason = "越权测试" }, HttpStatusCode.NotFound);
        Assert.Empty((await app.GetAsync(firmA, "/api/finance/needs")).GetProperty("items").EnumerateArray());
        // Firm B's own view is untouched.
        Assert.Equal("Applied", (await app.GetAsync(TestCaller.FirmB, $"/api/finance/referrals/{firmBApplied}")).GetProperty("status").GetString());
        Assert.Equal(firmBNeed, (await app.GetAsync(TestCaller.FirmB, "/api/finance/needs")).GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(TestTokens.FirmACreditCode, (await app.GetAsync(firmA, "/api/finance/profile")).GetProperty("creditCode").GetString());
    }
}
