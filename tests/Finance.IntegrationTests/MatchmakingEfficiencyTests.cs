using System.Net;
using Finance.IntegrationTests.Infrastructure;

namespace Finance.IntegrationTests;

/// <summary>银企对接效率: the time from a financing need to its first loan, white-listed firms against the rest.</summary>
[Collection(FinanceServersCollection.Name)]
public sealed class MatchmakingEfficiencyTests(PlatformServersFixture servers)
{
    private const string Efficiency = "/api/finance/metrics/matchmaking-efficiency";

    [Fact]
    public async Task A_white_listed_firm_gets_its_first_loan_sooner_and_the_gain_is_reported_against_the_rest()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        await app.PutProfileAsync(TestCaller.FirmB);
        var entry = (await app.PostAsync(TestCaller.PolicyOfficer, "/api/finance/whitelist/evaluations", new { creditCode = TestTokens.FirmACreditCode }, HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await app.PostAsync(TestCaller.PolicyOfficer, $"/api/finance/whitelist/{entry}/review", new { list = true, note = "发明专利 4 件" });
        await app.ExecuteAsync($"UPDATE finance.whitelist_entries SET listed_at = '{FinanceApp.Today.AddDays(-60):yyyy-MM-dd}T09:00:00+08:00' WHERE id = '{entry}'");

        // Listed: 10 days from need to loan. The rest: 14 days, and one need with no loan yet.
        await LoanOnNeedAsync(app, TestCaller.FirmA, daysAgo: 10);
        await LoanOnNeedAsync(app, TestCaller.FirmB, daysAgo: 14);
        await NeedAsync(app, TestCaller.FirmB, daysAgo: 5);

        var from = FinanceApp.Today.AddDays(-30);
        var report = await app.GetAsync(TestCaller.PolicyOfficer, $"{Efficiency}?from={from:yyyy-MM-dd}&to={FinanceApp.Today:yyyy-MM-dd}");

        var listed = report.GetProperty("whitelisted");
        Assert.Equal(1, listed.GetProperty("loans").GetInt32());
        Assert.Equal(10m, listed.GetProperty("medianDays").GetDecimal());
        Assert.Equal(10m, listed.GetProperty("meanDays").GetDecimal());
        var rest = report.GetProperty("others");
        Assert.Equal(1, rest.GetProperty("loans").GetInt32());
        Assert.Equal(1, rest.GetProperty("needsWithoutLoan").GetInt32());
        Assert.Equal(14m, rest.GetProperty("medianDays").GetDecimal());
        // 14 / 10 = 1.4: white-listed firms are matched 40 % faster (the seed's 银企对接效率提升40%); the time saved is 28.6 %.
        Assert.Equal(40.0m, report.GetProperty("efficiencyGainPercent").GetDecimal());
        Assert.Equal(28.6m, report.GetProperty("timeSavedPercent").GetDecimal());

        using var firm = app.Client(TestCaller.FirmA);
        Assert.Equal(HttpStatusCode.Forbidden, (await firm.GetAsync($"{Efficiency}?from={from:yyyy-MM-dd}&to={FinanceApp.Today:yyyy-MM-dd}")).StatusCode);
        var backwards = await app.GetAsync(TestCaller.PolicyOfficer, $"{Efficiency}?from={FinanceApp.Today:yyyy-MM-dd}&to={from:yyyy-MM-dd}", HttpStatusCode.BadRequest);
        Assert.True(backwards.GetProperty("errors").TryGetProperty("to", out _), backwards.ToString());
    }

    private static async Task<Guid> NeedAsync(FinanceApp app, TestCaller firm, int daysAgo)
    {
        var need = (await app.PostAsync(firm, "/api/finance/needs", new { amount = 2_000_000m, termMonths = 24, purpose = "研发中心建设" }, HttpStatusCode.Created))
            .GetProperty("need").GetProperty("id").GetGuid();
        await app.ExecuteAsync($"UPDATE finance.financing_needs SET created_at = '{FinanceApp.Today.AddDays(-daysAgo):yyyy-MM-dd}T10:00:00+08:00' WHERE id = '{need}'");
        return need;
    }

    private static async Task LoanOnNeedAsync(FinanceApp app, TestCaller firm, int daysAgo)
    {
        var need = await NeedAsync(app, firm, daysAgo);
        var referral = (await app.PostAsync(firm, "/api/finance/referrals",
            new { productCode = "QZBANK-KCD", amount = 2_000_000m, termMonths = 24, purpose = "研发中心建设", needId = need }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await app.PostAsync(firm, $"/api/finance/referrals/{referral}/consent", new { consent = true });
        await app.PostAsync(TestCaller.BankOfficer, $"/api/finance/referrals/{referral}/approve", new { amount = 2_000_000m, annualRatePercent = 3.1m, termMonths = 24 });
        await app.PostAsync(TestCaller.BankOfficer, $"/api/finance/referrals/{referral}/disburse", new { amount = 2_000_000m, disbursedOn = FinanceApp.Today });
    }
}
