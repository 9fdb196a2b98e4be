using System.Net;
using Finance.IntegrationTests.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;

namespace Finance.IntegrationTests;

[Collection(FinanceServersCollection.Name)]
public sealed class DemoDataTests(PlatformServersFixture servers)
{
    private static readonly TestCaller Jiejia = new("jiejia-admin", "林晓燕", [PlatformRoles.Firm], "91350500MA31GJ8K73");

    [Fact]
    public async Task With_demo_data_the_demo_firm_and_bank_accounts_have_a_referral_to_work_on()
    {
        await using var app = await FinanceApp.StartAsync(servers, new Dictionary<string, string> { ["DemoData:Enabled"] = "true" });
        // A second replica seeds too, and nothing is duplicated.
        app.AddReplica(new Dictionary<string, string> { ["DemoData:Enabled"] = "true" });

        var bankView = (await app.GetAsync(TestCaller.BankOfficer, "/api/finance/referrals")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["RZDEMO000001", "RZDEMO000002"], bankView.Select(r => r.GetProperty("number").GetString()).Order());
        var referral = bankView.Single(r => r.GetProperty("number").GetString() == "RZDEMO000001");
        Assert.Equal("Disbursed", bankView.Single(r => r.GetProperty("number").GetString() == "RZDEMO000002").GetProperty("status").GetString());
        // The earlier loan is staged as LoanDisbursed once, however many replicas seed.
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages WHERE event_type LIKE '%LoanDisbursed%'"));
        Assert.Equal("Referred", referral.GetProperty("status").GetString());
        Assert.Equal("泉州杰嘉电子有限公司", referral.GetProperty("firmName").GetString());
        Assert.Equal(2, (await app.GetAsync(Jiejia, "/api/finance/referrals")).GetProperty("items").GetArrayLength());
        Assert.Empty((await app.GetAsync(FinanceApp.OtherBankOfficer, "/api/finance/referrals")).GetProperty("items").EnumerateArray());
        Assert.Equal(86_000_000m, (await app.GetAsync(Jiejia, "/api/finance/profile")).GetProperty("annualRevenue").GetDecimal());
        Assert.Equal(2, await app.ScalarAsync("SELECT count(*) FROM finance.firm_profiles"));

        var approved = await app.PostAsync(TestCaller.BankOfficer, $"/api/finance/referrals/{referral.GetProperty("id").GetGuid()}/approve",
            new { amount = 3_000_000m, annualRatePercent = 3.1m, termMonths = 24 });
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_demo_data_only_the_catalogue_is_seeded()
    {
        await using var app = await FinanceApp.StartAsync(servers);

        Assert.Equal(5, await app.ScalarAsync("SELECT count(*) FROM finance.banks"));
        Assert.Equal(8, await app.ScalarAsync("SELECT count(*) FROM finance.products"));
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM finance.referrals"));
        await app.GetAsync(TestCaller.FirmA, "/api/finance/profile", HttpStatusCode.NotFound);
    }
}
