using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Finance.IntegrationTests.Infrastructure;

namespace Finance.IntegrationTests;

[Collection(FinanceServersCollection.Name)]
public sealed class ReferralLifecycleTests(PlatformServersFixture servers)
{
    private static readonly TestCaller Firm = TestCaller.FirmA;
    private static readonly TestCaller Bank = TestCaller.BankOfficer;

    [Fact]
    public async Task A_referral_goes_from_application_through_consent_information_approval_and_disbursement_to_renewal()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(Firm);

        var applied = await app.ApplyAsync(Firm);
        var id = applied.GetProperty("id").GetGuid();
        Assert.Equal("Applied", applied.GetProperty("status").GetString());
        Assert.StartsWith("RZ", applied.GetProperty("number").GetString());
        // Before consent the bank sees nothing.
        await app.GetAsync(Bank, $"/api/finance/referrals/{id}", HttpStatusCode.NotFound);

        var referred = await app.PostAsync(Firm, $"/api/finance/referrals/{id}/consent", new { consent = true });
        Assert.Equal("Referred", referred.GetProperty("status").GetString());
        var referredAt = referred.GetProperty("referredAt").GetDateTimeOffset();
        var due = referred.GetProperty("responseDueAt").GetDateTimeOffset();
        Assert.Equal(Qingmeng.ServiceDefaults.Calendar.WorkingDayCalendar.ChinaMainland.AddWorkingDays(referredAt, 3), due);
        Assert.Equal(JsonValueKind.Null, applied.GetProperty("dossier").ValueKind);

        // With consent the bank receives the firm's figures and every rule of the product explained.
        var dossier = (await app.GetAsync(Bank, $"/api/finance/referrals/{id}")).GetProperty("dossier");
        Assert.Equal(5.2m, dossier.GetProperty("profile").GetProperty("rdRatioPercent").GetDecimal());
        Assert.Equal("Met", dossier.GetProperty("eligibility").GetString());
        Assert.Contains(dossier.GetProperty("explanations").EnumerateArray(), e => e.GetProperty("field").GetString() == "requestedAmount");

        var asked = await app.PostAsync(TestCaller.BankSystem, $"/api/finance/referrals/{id}/request-information", new { request = "请补充近三年审计报告及纳税证明" });
        Assert.Equal("MoreInfoRequested", asked.GetProperty("status").GetString());
        Assert.Equal(0, asked.GetProperty("responseWorkingDays").GetInt32());
        var answered = await app.PostAsync(Firm, $"/api/finance/referrals/{id}/supply-information", new { response = "已上传 2023—2025 年审计报告" });
        Assert.Equal("Accepted", answered.GetProperty("status").GetString());

        var approved = await app.PostAsync(Bank, $"/api/finance/referrals/{id}/approve", new { amount = 1_800_000m, annualRatePercent = 3.1m, termMonths = 24 });
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(1_800_000m, approved.GetProperty("approvedAmount").GetDecimal());

        var schedule = await app.GetAsync(Firm, $"/api/finance/referrals/{id}/schedule?method=EqualPrincipal");
        Assert.Equal(24, schedule.GetProperty("instalments").GetArrayLength());
        Assert.Equal(75_000m, schedule.GetProperty("instalments")[0].GetProperty("principal").GetDecimal());
        Assert.Equal(4_650m, schedule.GetProperty("instalments")[0].GetProperty("interest").GetDecimal());

        // The service runs on the wall clock: the bank approved and paid out 23 months ago, so the loan now matures within 90 days.
        var disbursedOn = FinanceApp.Today.AddMonths(-23);
        await app.BackdateApprovalAsync(id, disbursedOn);
        var disbursed = await app.PostAsync(Bank, $"/api/finance/referrals/{id}/disburse", new { amount = 1_800_000m, disbursedOn });
        Assert.Equal("Disbursed", disbursed.GetProperty("status").GetString());
        Assert.Equal(disbursedOn.AddMonths(24).ToString("yyyy-MM-dd"), disbursed.GetProperty("maturesOn").GetString());
        Assert.Equal(20m, disbursed.GetProperty("governmentRiskSharePercent").GetDecimal());

        var ledger = await app.GetAsync(Firm, $"/api/finance/loans/{id}/ledger");
        Assert.Equal(360_000m, ledger.GetProperty("governmentRisk").GetDecimal());
        Assert.Equal(1_080_000m, ledger.GetProperty("guarantorRisk").GetDecimal());

        var renewed = await app.PostAsync(Bank, $"/api/finance/referrals/{id}/renew",
            new { amount = 1_800_000m, annualRatePercent = 3.3m, termMonths = 12, renewedOn = FinanceApp.Today });
        Assert.Equal("Renewed", renewed.GetProperty("previous").GetProperty("status").GetString());
        Assert.Equal(FinanceApp.Today.ToString("yyyy-MM-dd"), renewed.GetProperty("previous").GetProperty("closedOn").GetString());
        var renewal = renewed.GetProperty("renewal");
        Assert.Equal("Disbursed", renewal.GetProperty("status").GetString());
        Assert.Equal(id, renewal.GetProperty("renewalOfId").GetGuid());
        Assert.Equal("QZBANK-XD", renewal.GetProperty("productCode").GetString());
        Assert.Equal("Met", renewed.GetProperty("renewalEligibility").GetString());

        // Both loans left a LoanDisbursed in the outbox, and every step is in the audit trail.
        Assert.Equal(2, await app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages WHERE event_type LIKE '%LoanDisbursed%'"));
        // The renewal's event names the loan it replaces and its principal, so nobody counts the money twice.
        Assert.Equal(1, await app.ScalarAsync(
            $"SELECT count(*) FROM finance.outbox_messages WHERE event_type LIKE '%LoanDisbursed%' AND payload->>'renewsLoanId' = '{id}' AND (payload->>'replacedAmount')::numeric = 1800000"));
        Assert.Equal(7, await app.ScalarAsync($"SELECT count(*) FROM finance.audit_records WHERE resource_id = '{id}'"));
    }

    [Fact]
    public async Task A_renewal_that_breaks_the_renewal_products_rules_is_422_naming_each_rule_and_the_loan_stays_as_it_was()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(Firm);
        // Five days old, maturing in two years, and the firm has a penalty nobody repaired.
        var loan = await app.DisbursedAsync(Firm, Bank, FinanceApp.Today.AddDays(-5), 2_000_000m, 24);
        await app.RecordOpenPenaltyAsync(Firm.CreditCode!, "泉经开罚〔2026〕88号");

        var refused = await app.PostAsync(Bank, $"/api/finance/referrals/{loan}/renew",
            new { amount = 2_000_000m, annualRatePercent = 3.3m, termMonths = 12, renewedOn = FinanceApp.Today }, HttpStatusCode.UnprocessableEntity);

        var errors = refused.GetProperty("errors");
        Assert.Contains("90 日内到期", errors.GetProperty("hasMaturingLoan")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("未修复的行政处罚", errors.GetProperty("openPenalties")[0].GetString(), StringComparison.Ordinal);
        var detail = refused.GetProperty("detail").GetString()!;
        Assert.Contains("90 日内到期", detail, StringComparison.Ordinal);
        Assert.Contains("未修复的行政处罚", detail, StringComparison.Ordinal);
        Assert.Equal("Disbursed", (await app.GetAsync(Bank, $"/api/finance/referrals/{loan}")).GetProperty("status").GetString());
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.referrals"));
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages WHERE event_type LIKE '%LoanDisbursed%'"));
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM finance.audit_records WHERE action = 'loan.renewed'"));
    }

    [Fact]
    public async Task A_disbursement_dated_before_the_approval_is_422_naming_disbursedOn_and_nothing_is_paid_out()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(Firm);
        var approved = await app.ApprovedAsync(Firm, Bank);

        var refused = await app.PostAsync(Bank, $"/api/finance/referrals/{approved}/disburse",
            new { amount = 2_000_000m, disbursedOn = FinanceApp.Today.AddDays(-5) }, HttpStatusCode.UnprocessableEntity);

        Assert.Equal("disbursedOn", refused.GetProperty("field").GetString());
        Assert.Contains("审批", refused.GetProperty("errors").GetProperty("disbursedOn")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Approved", (await app.GetAsync(Bank, $"/api/finance/referrals/{approved}")).GetProperty("status").GetString());
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages WHERE event_type LIKE '%LoanDisbursed%'"));
        // The day of the approval itself is fine.
        await app.PostAsync(Bank, $"/api/finance/referrals/{approved}/disburse", new { amount = 2_000_000m, disbursedOn = FinanceApp.Today });
    }

    [Fact]
    public async Task A_repaid_loan_closes_and_a_declined_referral_keeps_its_reason()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(Firm);
        var loan = await app.DisbursedAsync(Firm, Bank, new DateOnly(2026, 12, 1));
        var declined = await app.ReferredAsync(Firm);

        var repaid = await app.PostAsync(Bank, $"/api/finance/referrals/{loan}/repay", new { repaidOn = "2027-06-01" });
        var refused = await app.PostAsync(Bank, $"/api/finance/referrals/{declined}/decline", new { reason = "企业近期现金流不足以覆盖还款" });

        Assert.Equal("Repaid", repaid.GetProperty("status").GetString());
        Assert.Equal("2027-06-01", repaid.GetProperty("closedOn").GetString());
        Assert.Equal("Declined", refused.GetProperty("status").GetString());
        Assert.Equal("企业近期现金流不足以覆盖还款", refused.GetProperty("declineReason").GetString());
    }

    [Fact]
    public async Task Illegal_transitions_are_409_naming_the_state_and_write_nothing()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(Firm);
        var applied = (await app.ApplyAsync(Firm)).GetProperty("id").GetGuid();
        var approved = await app.ApprovedAsync(Firm, Bank);
        var declined = await app.ReferredAsync(Firm);
        await app.PostAsync(Bank, $"/api/finance/referrals/{declined}/decline", new { reason = "不符合授信政策" });
        var audits = await app.ScalarAsync("SELECT count(*) FROM finance.audit_records");

        var approveTwice = await app.PostAsync(Bank, $"/api/finance/referrals/{approved}/approve",
            new { amount = 2_000_000m, annualRatePercent = 3.1m, termMonths = 24 }, HttpStatusCode.Conflict);
        var consentTwice = await app.PostAsync(Firm, $"/api/finance/referrals/{approved}/consent", new { consent = true }, HttpStatusCode.Conflict);
        var acceptDeclined = await app.PostAsync(Bank, $"/api/finance/referrals/{declined}/accept", null, HttpStatusCode.Conflict);
        var disburseUnapproved = await app.PostAsync(Bank, $"/api/finance/referrals/{declined}/disburse",
            new { amount = 1m, disbursedOn = "2026-12-01" }, HttpStatusCode.Conflict);
        var repayUnpaid = await app.PostAsync(Bank, $"/api/finance/referrals/{approved}/repay", new { repaidOn = "2027-01-01" }, HttpStatusCode.Conflict);
        var supplyUnasked = await app.PostAsync(Firm, $"/api/finance/referrals/{approved}/supply-information", new { response = "补充" }, HttpStatusCode.Conflict);
        var scheduleUnapproved = await app.GetAsync(Firm, $"/api/finance/referrals/{applied}/schedule", HttpStatusCode.Conflict);

        Assert.Equal("Approved", approveTwice.GetProperty("currentState").GetString());
        Assert.Equal("Approved", consentTwice.GetProperty("currentState").GetString());
        Assert.Equal("Declined", acceptDeclined.GetProperty("currentState").GetString());
        Assert.Equal("Declined", disburseUnapproved.GetProperty("currentState").GetString());
        Assert.Equal("Approved", repayUnpaid.GetProperty("currentState").GetString());
        Assert.Equal("Approved", supplyUnasked.GetProperty("currentState").GetString());
        Assert.Equal("Applied", scheduleUnapproved.GetProperty("currentState").GetString());
        Assert.Equal(audits, await app.ScalarAsync("SELECT count(*) FROM finance.audit_records"));
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages"));
        Assert.Equal(2_000_000m, (await app.GetAsync(Firm, $"/api/finance/referrals/{approved}")).GetProperty("approvedAmount").GetDecimal());
    }

    [Fact]
    public async Task A_bank_approving_one_referral_at_once_wins_once_and_the_others_are_409_naming_the_state_it_left()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(Firm);
        var id = await app.ReferredAsync(Firm);

        // Refused either by the rule (read after the winner committed) or by the row version (read before): the same answer.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var client = app.Client(Bank);
            using var response = await client.PostAsJsonAsync($"/api/finance/referrals/{id}/approve", new { amount = 2_000_000m, annualRatePercent = 3.1m, termMonths = 24 });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Assert.Equal("Approved", JsonDocument.Parse(r.Body).RootElement.GetProperty("currentState").GetString());
        });
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM finance.audit_records WHERE resource_id = '{id}' AND action = 'referral.approved'"));
    }

    [Fact]
    public async Task Bad_input_is_a_clear_4xx_naming_the_field_and_nothing_is_written()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(Firm);
        using var client = app.Client(Firm);

        async Task<JsonElement> Apply(object body, HttpStatusCode expected) =>
            await FinanceApp.ExpectAsync(await client.PostAsJsonAsync("/api/finance/referrals", body), expected);

        var overMaximum = await Apply(new { productCode = "QZBANK-KCD", amount = 10_000_000.01m, termMonths = 24, purpose = "扩产" }, HttpStatusCode.UnprocessableEntity);
        var termOutside = await Apply(new { productCode = "QZBANK-KCD", amount = 2_000_000m, termMonths = 48, purpose = "扩产" }, HttpStatusCode.UnprocessableEntity);
        var unknownProduct = await Apply(new { productCode = "NO-SUCH", amount = 2_000_000m, termMonths = 24, purpose = "扩产" }, HttpStatusCode.UnprocessableEntity);
        var noPurpose = await Apply(new { productCode = "QZBANK-KCD", amount = 2_000_000m, termMonths = 24 }, HttpStatusCode.BadRequest);
        var negative = await Apply(new { productCode = "QZBANK-KCD", amount = -5m, termMonths = 24, purpose = "扩产" }, HttpStatusCode.BadRequest);

        Assert.Equal("amount", overMaximum.GetProperty("field").GetString());
        Assert.Equal("termMonths", termOutside.GetProperty("field").GetString());
        Assert.Equal("productCode", unknownProduct.GetProperty("field").GetString());
        Assert.True(noPurpose.GetProperty("errors").TryGetProperty("purpose", out _), noPurpose.ToString());
        Assert.True(negative.GetProperty("errors").TryGetProperty("amount", out _), negative.ToString());
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM finance.referrals"));

        // Consent must be given explicitly; without it nothing reaches the bank.
        var id = (await app.ApplyAsync(Firm)).GetProperty("id").GetGuid();
        var noConsent = await app.PostAsync(Firm, $"/api/finance/referrals/{id}/consent", new { consent = false }, HttpStatusCode.UnprocessableEntity);
        var missingConsent = await app.PostAsync(Firm, $"/api/finance/referrals/{id}/consent", new { }, HttpStatusCode.BadRequest);
        Assert.Equal("consent", noConsent.GetProperty("field").GetString());
        Assert.True(missingConsent.GetProperty("errors").TryGetProperty("consent", out _), missingConsent.ToString());
        Assert.Equal("Applied", (await app.GetAsync(Firm, $"/api/finance/referrals/{id}")).GetProperty("status").GetString());

        // The bank cannot approve above the product's maximum nor disburse above what it approved.
        await app.PostAsync(Firm, $"/api/finance/referrals/{id}/consent", new { consent = true });
        var approveTooMuch = await app.PostAsync(Bank, $"/api/finance/referrals/{id}/approve",
            new { amount = 12_000_000m, annualRatePercent = 3.1m, termMonths = 24 }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("amount", approveTooMuch.GetProperty("field").GetString());
        await app.PostAsync(Bank, $"/api/finance/referrals/{id}/approve", new { amount = 1_000_000m, annualRatePercent = 3.1m, termMonths = 24 });
        var disburseTooMuch = await app.PostAsync(Bank, $"/api/finance/referrals/{id}/disburse",
            new { amount = 1_000_000.01m, disbursedOn = FinanceApp.Today }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("amount", disburseTooMuch.GetProperty("field").GetString());
        Assert.Equal("Approved", (await app.GetAsync(Firm, $"/api/finance/referrals/{id}")).GetProperty("status").GetString());
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages"));
    }

    [Fact]
    public async Task A_firm_that_fails_a_rule_is_told_which_and_nothing_is_referred()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(Firm, FinanceApp.ProfileOf(Firm.Name, rdRatio: 1.2m));

        var refused = await app.PostAsync(Firm, "/api/finance/referrals",
            new { productCode = "QZBANK-KCD", amount = 2_000_000m, termMonths = 24, purpose = "扩产" }, HttpStatusCode.UnprocessableEntity);
        var notListed = await app.PostAsync(Firm, "/api/finance/referrals",
            new { productCode = "QZBANK-ZSCQ", amount = 1_000_000m, termMonths = 12, purpose = "专利质押融资" }, HttpStatusCode.UnprocessableEntity);

        Assert.True(refused.GetProperty("errors").TryGetProperty("rdRatioPercent", out _), refused.ToString());
        Assert.Contains("研发投入占比", refused.GetProperty("detail").GetString());
        Assert.True(notListed.GetProperty("errors").TryGetProperty("onWhitelist", out _), notListed.ToString());
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM finance.referrals"));
    }

    [Fact]
    public async Task A_retried_application_with_the_same_idempotency_key_creates_one_referral()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(Firm);
        using var client = app.Client(Firm);
        client.DefaultRequestHeaders.Add("Idempotency-Key", "apply-2026-001");
        var body = new { productCode = "QZBANK-KCD", amount = 2_000_000m, termMonths = 24, purpose = "扩产" };

        var first = await FinanceApp.ExpectAsync(await client.PostAsJsonAsync("/api/finance/referrals", body), HttpStatusCode.Created);
        var second = await FinanceApp.ExpectAsync(await client.PostAsJsonAsync("/api/finance/referrals", body), HttpStatusCode.OK);

        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.referrals"));
    }
}
