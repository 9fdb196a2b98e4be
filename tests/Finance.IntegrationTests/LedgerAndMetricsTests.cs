using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using Finance.IntegrationTests.Infrastructure;

namespace Finance.IntegrationTests;

[Collection(FinanceServersCollection.Name)]
public sealed class LedgerAndMetricsTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task Metrics_count_referrals_approval_rate_response_time_amounts_and_renewals()
    {
        // The dashboard's view: the OpenTelemetry instruments of meter Qingmeng.Finance.
        var measured = new ConcurrentDictionary<string, decimal>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Qingmeng.Finance")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => measured.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        listener.SetMeasurementEventCallback<decimal>((instrument, value, _, _) => measured.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        listener.Start();
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        await app.PutProfileAsync(TestCaller.FirmB);
        // Disbursed 23 months ago: it matures within 90 days, as the renewal product asks.
        var loan = await app.DisbursedAsync(TestCaller.FirmA, TestCaller.BankOfficer, FinanceApp.Today.AddMonths(-23), 2_000_000m, 24);
        var declined = await app.ReferredAsync(TestCaller.FirmB, "CIBQZ-SKD", 1_000_000m, 12);
        await app.PostAsync(FinanceApp.OtherBankOfficer, $"/api/finance/referrals/{declined}/decline", new { reason = "不符合授信政策" });
        await app.ReferredAsync(TestCaller.FirmB);
        await app.ApplyAsync(TestCaller.FirmA);
        await app.PostAsync(TestCaller.BankOfficer, $"/api/finance/referrals/{loan}/renew",
            new { amount = 1_500_000m, annualRatePercent = 3.3m, termMonths = 12, renewedOn = FinanceApp.Today });

        var metrics = await app.GetAsync(TestCaller.PolicyOfficer, "/api/finance/metrics");

        Assert.Equal(3, metrics.GetProperty("referrals").GetInt32());
        Assert.Equal(1, metrics.GetProperty("approved").GetInt32());
        Assert.Equal(1, metrics.GetProperty("declined").GetInt32());
        Assert.Equal(50m, metrics.GetProperty("approvalRatePercent").GetDecimal());
        Assert.Equal(0m, metrics.GetProperty("medianResponseWorkingDays").GetDecimal());
        // The renewal replaces the old loan: new lending is the first loan alone, the renewal counts as 续贷, and only the
        // renewal is still outstanding.
        Assert.Equal(1, metrics.GetProperty("loansDisbursed").GetInt32());
        Assert.Equal(2_000_000m, metrics.GetProperty("amountDisbursed").GetDecimal());
        Assert.Equal(1, metrics.GetProperty("renewals").GetInt32());
        Assert.Equal(1_500_000m, metrics.GetProperty("renewalAmount").GetDecimal());
        Assert.Equal(1_500_000m, metrics.GetProperty("amountOutstanding").GetDecimal());
        var banks = metrics.GetProperty("banks").EnumerateArray().ToDictionary(b => b.GetProperty("bankCode").GetString()!);
        Assert.Equal(2, banks["QZBANK"].GetProperty("referred").GetInt32());
        Assert.Equal(100m, banks["QZBANK"].GetProperty("approvalRatePercent").GetDecimal());
        Assert.Equal(0m, banks["CIBQZ"].GetProperty("approvalRatePercent").GetDecimal());
        Assert.Equal("兴业银行泉州分行", banks["CIBQZ"].GetProperty("bankName").GetString());

        Assert.Equal(3m, measured.GetValueOrDefault("qingmeng.finance.referrals"));
        Assert.Equal(2m, measured.GetValueOrDefault("qingmeng.finance.decisions"));
        Assert.Equal(1m, measured.GetValueOrDefault("qingmeng.finance.loans_disbursed"));
        Assert.Equal(2_000_000m, measured.GetValueOrDefault("qingmeng.finance.amount_disbursed"));
        Assert.Equal(1m, measured.GetValueOrDefault("qingmeng.finance.renewals"));
        Assert.Equal(1_500_000m, measured.GetValueOrDefault("qingmeng.finance.renewal_amount"));
    }

    [Fact]
    public async Task Subsidy_accrues_on_the_loan_is_paid_at_most_as_accrued_and_the_fund_tracks_its_commitment()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        var loan = await app.DisbursedAsync(TestCaller.FirmA, TestCaller.BankOfficer, new DateOnly(2026, 1, 1), 3_600_000m, 24);

        // 3,600,000 × 1 % (科创贷 贴息) × 90 / 360 = 9,000 accrued by 1 April.
        var tooMuch = await app.PostAsync(TestCaller.PolicyOfficer, $"/api/finance/loans/{loan}/subsidy-payouts",
            new { amount = 9_000.01m, paidOn = "2026-04-01" }, HttpStatusCode.UnprocessableEntity);
        var paid = await app.PostAsync(TestCaller.PolicyOfficer, $"/api/finance/loans/{loan}/subsidy-payouts", new { amount = 9_000m, paidOn = "2026-04-01" });

        Assert.Equal("amount", tooMuch.GetProperty("field").GetString());
        Assert.Equal(9_000m, paid.GetProperty("subsidyAccrued").GetDecimal());
        Assert.Equal(9_000m, paid.GetProperty("subsidyPaid").GetDecimal());
        Assert.Equal(0m, paid.GetProperty("subsidyPayable").GetDecimal());
        Assert.Equal(18_000m, paid.GetProperty("annualGuaranteeFee").GetDecimal());
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.subsidy_payouts"));

        await app.PostAsync(TestCaller.PolicyOfficer, "/api/finance/fund/investments", new
        {
            fundCode = "QM-IIF", creditCode = TestTokens.FirmACreditCode, firmName = "泉州杰嘉电子有限公司",
            amount = 32_000_000m, investedOn = "2026-06-30", instrument = "股权投资",
        }, HttpStatusCode.Created);
        var summary = await app.GetAsync(TestCaller.Admin, "/api/finance/fund/summary");
        Assert.Equal(532_000_000m, summary.GetProperty("commitment").GetDecimal());
        Assert.Equal(32_000_000m, summary.GetProperty("invested").GetDecimal());
        Assert.Equal(500_000_000m, summary.GetProperty("remaining").GetDecimal());
    }
}
