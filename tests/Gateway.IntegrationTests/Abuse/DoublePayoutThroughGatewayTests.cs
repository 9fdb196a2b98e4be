using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Gateway.IntegrationTests.Abuse;

/// <summary>贴息 through the gateway: two officers' clicks on the same period pay once, and nothing is paid for a day that has not come.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DoublePayoutThroughGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task Two_parallel_payouts_for_the_same_loan_and_period_pay_once_and_a_future_paidOn_is_refused()
    {
        using var firm = await platform.ClientForAsync("jiejia.admin");
        using var bank = await platform.ClientForAsync("bank.qzbank");
        using var officer = await platform.ClientForAsync(PlatformFixture.PolicyOfficer);
        using var secondOfficer = await platform.ClientForAsync(PlatformFixture.PolicyOfficer);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var loan = await DisbursedLoanAsync(firm, bank, disbursedOn: today.AddDays(-120));
        var period = today.AddDays(-30).ToString("yyyy-MM-dd");

        // 1,800,000 × 1 % × 90 / 360 = 4,500 accrued by the period's end: both 2,000 clicks would fit if nothing serialised them.
        var both = await Task.WhenAll(
            PayAsync(officer, loan, 2_000m, period, Guid.NewGuid().ToString("N")),
            PayAsync(secondOfficer, loan, 2_000m, period, Guid.NewGuid().ToString("N")));

        Assert.Single(both, r => r.Status == HttpStatusCode.OK);
        Assert.All(both.Where(r => r.Status != HttpStatusCode.OK),
            r => Assert.True(r.Status is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, $"{(int)r.Status} {r.Body}"));
        var ledger = await GatewayCalls.ExpectAsync(await officer.GetAsync($"/api/finance/loans/{loan}/ledger"), HttpStatusCode.OK);
        Assert.Equal(2_000m, ledger.GetProperty("subsidyPaid").GetDecimal());

        var future = await PayAsync(officer, loan, 100m, "2035-01-01", Guid.NewGuid().ToString("N"));
        Assert.True((int)future.Status is >= 400 and < 500, $"{(int)future.Status} {future.Body}");
        Assert.Equal("paidOn", future.Body.GetProperty("field").GetString());
        ledger = await GatewayCalls.ExpectAsync(await officer.GetAsync($"/api/finance/loans/{loan}/ledger"), HttpStatusCode.OK);
        Assert.Equal(2_000m, ledger.GetProperty("subsidyPaid").GetDecimal());
    }

    private async Task<Guid> DisbursedLoanAsync(HttpClient firm, HttpClient bank, DateOnly disbursedOn)
    {
        var referral = await GatewayCalls.ExpectAsync(await firm.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/finance/referrals")
        {
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString("N") } },
            Content = JsonContent.Create(new { productCode = "QZBANK-KCD", amount = 1_800_000m, termMonths = 24, purpose = "研发中心建设" }),
        }), HttpStatusCode.Created, HttpStatusCode.OK);
        var id = referral.GetProperty("id").GetGuid();
        await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync($"/api/finance/referrals/{id}/consent", new { consent = true }), HttpStatusCode.OK);
        await GatewayCalls.ExpectAsync(await bank.PostAsJsonAsync($"/api/finance/referrals/{id}/approve", new { amount = 1_800_000m, annualRatePercent = 3.1m, termMonths = 24 }), HttpStatusCode.OK);
        // A disbursement cannot predate its approval, and the platform runs on the wall clock: the approval is moved to
        // 09:00 China time on the disbursement day, as if the bank had approved the loan back then.
        await using (var finance = new NpgsqlConnection(await platform.App.GetConnectionStringAsync("financedb")))
        {
            await finance.OpenAsync();
            await using var backdate = new NpgsqlCommand("UPDATE finance.referrals SET decided_at = @approvedAt WHERE id = @id", finance);
            backdate.Parameters.AddWithValue("approvedAt", new DateTimeOffset(disbursedOn.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
            backdate.Parameters.AddWithValue("id", id);
            Assert.Equal(1, await backdate.ExecuteNonQueryAsync());
        }
        await GatewayCalls.ExpectAsync(await bank.PostAsJsonAsync($"/api/finance/referrals/{id}/disburse", new { amount = 1_800_000m, disbursedOn = disbursedOn.ToString("yyyy-MM-dd") }), HttpStatusCode.OK);
        return id;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PayAsync(HttpClient officer, Guid loan, decimal amount, string paidOn, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/finance/loans/{loan}/subsidy-payouts")
        {
            Headers = { { "Idempotency-Key", idempotencyKey } },
            Content = JsonContent.Create(new { amount, paidOn }),
        };
        using var response = await officer.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
