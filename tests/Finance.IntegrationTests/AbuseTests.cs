using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Finance.IntegrationTests.Infrastructure;

namespace Finance.IntegrationTests;

/// <summary>
/// Money moves once and only as far as it is owed: parallel and replayed payouts, payouts dated in the future
/// or beyond maturity, fund investments past the commitment, and concurrent retries of one application.
/// </summary>
[Collection(FinanceServersCollection.Name)]
public sealed class AbuseTests(PlatformServersFixture servers)
{
    private static readonly HttpStatusCode[] Refusals = [HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity];

    [Fact]
    public async Task Eight_parallel_payouts_for_the_same_loan_and_period_pay_once_and_none_fails()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        var loan = await app.DisbursedAsync(TestCaller.FirmA, TestCaller.BankOfficer, new DateOnly(2026, 1, 1), 3_600_000m, 24);

        // 9,000 yuan have accrued by 1 April; eight officers' clicks of 1,000 each would all fit if nothing serialised them.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            PayAsync(app, TestCaller.PolicyOfficer, loan, 1_000m, "2026-04-01", $"payout-{i}")));

        Assert.Single(responses, r => r.Status == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.Status != HttpStatusCode.OK), r => Assert.Contains(r.Status, Refusals));
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.subsidy_payouts"));
        var ledger = await app.GetAsync(TestCaller.PolicyOfficer, $"/api/finance/loans/{loan}/ledger");
        Assert.Equal(1_000m, ledger.GetProperty("subsidyPaid").GetDecimal());
    }

    [Fact]
    public async Task Parallel_payouts_with_one_idempotency_key_pay_once_and_all_get_the_same_answer()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        var loan = await app.DisbursedAsync(TestCaller.FirmA, TestCaller.BankOfficer, new DateOnly(2026, 1, 1), 3_600_000m, 24);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            PayAsync(app, TestCaller.PolicyOfficer, loan, 1_000m, "2026-04-01", "payout-2026-q1")));

        Assert.All(responses, r => Assert.True(r.Status == HttpStatusCode.OK, $"{(int)r.Status} {r.Body}"));
        Assert.Single(responses.Select(r => r.Body.GetRawText()).Distinct());
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.subsidy_payouts"));

        // Keys belong to their caller: another officer's same key is another payout.
        var other = await PayAsync(app, TestCaller.Admin, loan, 1_000m, "2026-05-01", "payout-2026-q1");
        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal(2, await app.ScalarAsync("SELECT count(*) FROM finance.subsidy_payouts"));

        // The same key for a different payout is a mistake, not a replay.
        var reused = await PayAsync(app, TestCaller.PolicyOfficer, loan, 500m, "2026-06-01", "payout-2026-q1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
        Assert.Equal("Idempotency-Key", reused.Body.GetProperty("field").GetString());
        Assert.Equal(2, await app.ScalarAsync("SELECT count(*) FROM finance.subsidy_payouts"));
    }

    [Fact]
    public async Task A_payout_dated_in_the_future_or_before_disbursement_is_refused_naming_paidOn()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        var loan = await app.DisbursedAsync(TestCaller.FirmA, TestCaller.BankOfficer, new DateOnly(2026, 1, 1), 3_600_000m, 24);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(1);

        var farFuture = await PayAsync(app, TestCaller.PolicyOfficer, loan, 1_000m, "2035-01-01", "future-1");
        var nextDay = await PayAsync(app, TestCaller.PolicyOfficer, loan, 1.00m, tomorrow.ToString("yyyy-MM-dd"), "future-2");
        var beforeDisbursement = await PayAsync(app, TestCaller.PolicyOfficer, loan, 1.00m, "2025-12-31", "future-3");

        foreach (var refused in new[] { farFuture, nextDay, beforeDisbursement })
        {
            Assert.True(refused.Status == HttpStatusCode.UnprocessableEntity, $"{(int)refused.Status} {refused.Body}");
            Assert.Equal("paidOn", refused.Body.GetProperty("field").GetString());
        }
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM finance.subsidy_payouts"));
    }

    [Fact]
    public async Task Subsidy_accrues_only_until_the_loan_matures()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        // Matures 1 January 2025: 3,600,000 × 1 % × 366 / 360 = 36,600 accrued, however late the payout.
        var loan = await app.DisbursedAsync(TestCaller.FirmA, TestCaller.BankOfficer, new DateOnly(2024, 1, 1), 3_600_000m, 12);

        var beyond = await PayAsync(app, TestCaller.PolicyOfficer, loan, 36_600.01m, "2026-04-01", "maturity-1");
        var owed = await PayAsync(app, TestCaller.PolicyOfficer, loan, 36_600m, "2026-04-01", "maturity-2");

        Assert.True(beyond.Status == HttpStatusCode.UnprocessableEntity, $"{(int)beyond.Status} {beyond.Body}");
        Assert.Equal("amount", beyond.Body.GetProperty("field").GetString());
        Assert.True(owed.Status == HttpStatusCode.OK, $"{(int)owed.Status} {owed.Body}");
        Assert.Equal(36_600m, owed.Body.GetProperty("subsidyAccrued").GetDecimal());
        Assert.Equal("2025-01-01", owed.Body.GetProperty("accruedThrough").GetString());
        var ledger = await app.GetAsync(TestCaller.PolicyOfficer, $"/api/finance/loans/{loan}/ledger");
        Assert.Equal(36_600m, ledger.GetProperty("subsidyAccrued").GetDecimal());
        Assert.Equal(0m, ledger.GetProperty("subsidyPayable").GetDecimal());
    }

    [Fact]
    public async Task A_payout_records_its_basis_and_who_decided_it_in_the_ledger_and_the_audit_trail()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        var loan = await app.DisbursedAsync(TestCaller.FirmA, TestCaller.BankOfficer, new DateOnly(2026, 1, 1), 3_600_000m, 24);

        await PayAsync(app, TestCaller.PolicyOfficer, loan, 4_000m, "2026-03-01", "basis-1");
        var second = await PayAsync(app, TestCaller.PolicyOfficer, loan, 5_000m, "2026-04-01", "basis-2");

        Assert.True(second.Status == HttpStatusCode.OK, $"{(int)second.Status} {second.Body}");
        var payouts = second.Body.GetProperty("payouts").EnumerateArray().ToList();
        Assert.Equal(2, payouts.Count);
        var last = payouts[^1];
        Assert.Equal(5_000m, last.GetProperty("amount").GetDecimal());
        Assert.Equal("2026-03-01", last.GetProperty("periodFrom").GetString());
        Assert.Equal("2026-04-01", last.GetProperty("periodThrough").GetString());
        Assert.Equal(3_600_000m, last.GetProperty("principal").GetDecimal());
        Assert.Equal(1.0m, last.GetProperty("subsidyPercent").GetDecimal());
        Assert.Equal(9_000m, last.GetProperty("subsidyAccrued").GetDecimal());
        Assert.Equal(TestCaller.PolicyOfficer.Subject, last.GetProperty("decidedBy").GetString());

        var audit = await app.GetAsync(TestCaller.Admin, $"/api/finance/audit?resourceType=subsidy-payout&resourceId={last.GetProperty("id").GetGuid()}");
        var record = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("subsidy.paid", record.GetProperty("action").GetString());
        Assert.Equal(TestCaller.PolicyOfficer.Subject, record.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Parallel_fund_investments_never_together_exceed_the_commitment()
    {
        await using var app = await FinanceApp.StartAsync(servers, new Dictionary<string, string> { ["Finance:IndustryFundCommitment"] = "100000000" });

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var client = app.Client(TestCaller.PolicyOfficer);
            var response = await client.PostAsJsonAsync("/api/finance/fund/investments", Investment(20_000_000m, $"第{i + 1}期股权投资"));
            return (response.StatusCode, Body: await BodyAsync(response));
        }));

        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r =>
        {
            Assert.True(r.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)r.StatusCode} {r.Body}");
            Assert.Equal("amount", r.Body.GetProperty("field").GetString());
        });
        var summary = await app.GetAsync(TestCaller.PolicyOfficer, "/api/finance/fund/summary");
        Assert.Equal(100_000_000m, summary.GetProperty("invested").GetDecimal());
        Assert.Equal(0m, summary.GetProperty("remaining").GetDecimal());
        var oneMore = await app.PostAsync(TestCaller.PolicyOfficer, "/api/finance/fund/investments", Investment(1m, "追加投资"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("amount", oneMore.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Concurrent_applications_with_one_idempotency_key_create_one_referral_and_give_the_same_answer()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        var body = new { productCode = "QZBANK-KCD", amount = 2_000_000m, termMonths = 24, purpose = "扩产" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var client = app.Client(TestCaller.FirmA);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/finance/referrals") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "apply-concurrent-001");
            var response = await client.SendAsync(request);
            return (response.StatusCode, Body: await BodyAsync(response));
        }));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)r.StatusCode} {r.Body}"));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Single(responses.Select(r => r.Body.GetProperty("id").GetGuid()).Distinct());
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.referrals"));
    }

    [Fact]
    public async Task An_idempotency_key_reused_for_a_different_application_is_refused_naming_the_key()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA);
        using var client = app.Client(TestCaller.FirmA);
        client.DefaultRequestHeaders.Add("Idempotency-Key", "apply-2026-002");

        await FinanceApp.ExpectAsync(await client.PostAsJsonAsync("/api/finance/referrals",
            new { productCode = "QZBANK-KCD", amount = 2_000_000m, termMonths = 24, purpose = "扩产" }), HttpStatusCode.Created);
        var reused = await FinanceApp.ExpectAsync(await client.PostAsJsonAsync("/api/finance/referrals",
            new { productCode = "QZBANK-KCD", amount = 5_000_000m, termMonths = 36, purpose = "新建厂房" }), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("Idempotency-Key", reused.GetProperty("field").GetString());
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.referrals"));
    }

    private static object Investment(decimal amount, string instrument) => new
    {
        fundCode = "QM-IIF", creditCode = TestTokens.FirmACreditCode, firmName = "泉州杰嘉电子有限公司",
        amount, investedOn = "2026-06-30", instrument,
    };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PayAsync(
        FinanceApp app, TestCaller officer, Guid loan, decimal amount, string paidOn, string idempotencyKey)
    {
        using var client = app.Client(officer);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/finance/loans/{loan}/subsidy-payouts")
        {
            Content = JsonContent.Create(new { amount, paidOn }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await client.SendAsync(request);
        return (response.StatusCode, await BodyAsync(response));
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
