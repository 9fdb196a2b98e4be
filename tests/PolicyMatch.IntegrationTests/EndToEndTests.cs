using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyMatch.IntegrationTests.Infrastructure;
using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Jobs;
using Qingmeng.ServiceDefaults.Calendar;
using static PolicyMatch.IntegrationTests.Infrastructure.PolicyHost;

namespace PolicyMatch.IntegrationTests;

[Collection(PlatformServersCollection.Name)]
public sealed class EndToEndTests(PlatformServersFixture servers)
{
    /// <summary>The profile as an officer sees it; an empty object while no event has created it yet.</summary>
    private static async Task<JsonElement> ProfileAsync(PolicyHost policy, string creditCode)
    {
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        using var response = await officer.GetAsync($"/api/policy/profiles/{creditCode}");
        return response.StatusCode == HttpStatusCode.NotFound
            ? JsonDocument.Parse("{\"facts\":[]}").RootElement.Clone()
            : await EnsureAsync(response, HttpStatusCode.OK);
    }

    private static JsonElement Fact(JsonElement profile, string field) =>
        profile.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("field").GetString() == field);

    [Fact]
    public async Task A_TalentCertified_event_makes_a_firm_eligible_one_push_the_firm_confirms_and_SubsidyDisbursed_follows()
    {
        await using var policy = await StartAsync(servers);
        await policy.WaitForConsumerAsync("policy-match-talent-certified");
        var firm = NewFirm("泉州芯谷微电子有限公司");
        await policy.RegisterAsync(firm, new { creditStanding = "A" }, mobile: "13805952222");
        using var client = policy.Client(firm);
        var before = await EnsureAsync(await client.GetAsync("/api/policy/matches/me/QM-RC-002"), HttpStatusCode.OK);
        Assert.Equal("Unknown", before.GetProperty("outcome").GetString());

        await policy.PublishEventAsync(new TalentCertified(Guid.NewGuid(), firm.CreditCode!, "C类人才"));

        var profile = await Eventually.MatchesAsync(() => ProfileAsync(policy, firm.CreditCode!),
            p => p.GetProperty("facts").EnumerateArray().Any(f => f.GetProperty("field").GetString() == "certifiedTalents"),
            TimeSpan.FromSeconds(30), "the certified talent on the profile");
        Assert.Equal("talent:TalentCertified", Fact(profile, "certifiedTalents").GetProperty("source").GetString());
        Assert.Equal(1, Fact(profile, "highLevelTalents").GetProperty("value").GetInt32());

        Assert.True(await policy.RunPushJobAsync());
        Assert.True(await policy.RunPushJobAsync());
        using var admin = policy.Client(TestCaller.Admin);
        var key = PolicyPushJob.KeyFor("QM-RC-002", 1, firm.CreditCode!);
        var pushes = await EnsureAsync(await admin.GetAsync($"/api/policy/notifications?key={Uri.EscapeDataString(key)}"), HttpStatusCode.OK);
        Assert.Equal(1, pushes.GetProperty("count").GetInt32());
        Assert.Contains("30000元", pushes.GetProperty("items")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        var offers = await EnsureAsync(await client.GetAsync("/api/policy/claims?policyCode=QM-RC-002"), HttpStatusCode.OK);
        var offer = Assert.Single(offers.GetProperty("items").EnumerateArray());
        Assert.Equal(("Offered", 30_000m), (offer.GetProperty("status").GetString(), offer.GetProperty("amount").GetDecimal()));

        var paid = await EnsureAsync(await client.PostAsync($"/api/policy/claims/{offer.GetProperty("id").GetGuid()}/confirm", null), HttpStatusCode.OK);
        Assert.Equal("Paid", paid.GetProperty("claim").GetProperty("status").GetString());
        Assert.Equal(30_000m, paid.GetProperty("disbursement").GetProperty("amount").GetDecimal());
        Assert.Equal(1, await policy.ScalarAsync("SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE '%SubsidyDisbursed%'"));
        var payload = await policy.ScalarAsync($"SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE '%SubsidyDisbursed%' AND payload::text LIKE '%{firm.CreditCode}%' AND payload::text LIKE '%QM-RC-002%'");
        Assert.Equal(1, payload);
        // Confirming again pays nothing more.
        await EnsureAsync(await client.PostAsync($"/api/policy/claims/{offer.GetProperty("id").GetGuid()}/confirm", null), HttpStatusCode.Conflict);
        Assert.Equal(1, await policy.ScalarAsync($"SELECT count(*) FROM policy.disbursements WHERE credit_code = '{firm.CreditCode}'"));
    }

    [Fact]
    public async Task White_list_and_loan_events_make_a_firm_eligible_for_the_pledge_loan_interest_subsidy()
    {
        await using var policy = await StartAsync(servers);
        await policy.WaitForConsumerAsync("policy-match-loan-disbursed");
        await policy.WaitForConsumerAsync("policy-match-whitelist-changed");
        var firm = NewFirm("泉州新材科技股份有限公司");

        await policy.PublishEventAsync(new WhitelistChanged(firm.CreditCode!, true, 86.5m, "知识产权质押融资白名单年度评审入选"));
        await policy.PublishEventAsync(new LoanDisbursed(Guid.NewGuid(), firm.CreditCode!, "QZBANK", "IP-PLEDGE", 2_000_000m, 12, new DateOnly(2026, 11, 20)));

        var profile = await Eventually.MatchesAsync(() => ProfileAsync(policy, firm.CreditCode!),
            p => p.GetProperty("facts").GetArrayLength() >= 2, TimeSpan.FromSeconds(30), "both facts on the profile");
        Assert.Equal("finance:LoanDisbursed", Fact(profile, "loanAmount").GetProperty("source").GetString());
        Assert.True(Fact(profile, "ipWhitelisted").GetProperty("value").GetBoolean());

        using var client = policy.Client(firm);
        var offers = await EnsureAsync(await client.GetAsync("/api/policy/claims?policyCode=QM-JR-002"), HttpStatusCode.OK);
        var offer = Assert.Single(offers.GetProperty("items").EnumerateArray());
        Assert.Equal(60_000m, offer.GetProperty("amount").GetDecimal()); // 3 % of 2,000,000
        var paid = await EnsureAsync(await client.PostAsync($"/api/policy/claims/{offer.GetProperty("id").GetGuid()}/confirm", null), HttpStatusCode.OK);
        Assert.Equal(60_000m, paid.GetProperty("disbursement").GetProperty("amount").GetDecimal());
        Assert.Equal(60_000, await policy.ScalarAsync("SELECT paid::bigint FROM policy.budget_ledgers WHERE policy_code = 'QM-JR-002' AND period = '2026'"));
    }

    [Fact]
    public async Task A_renewal_adds_only_new_principal_to_loanAmount_whichever_disbursement_arrives_first()
    {
        await using var policy = await StartAsync(servers);
        await policy.WaitForConsumerAsync("policy-match-loan-disbursed");
        var renewedFirst = NewFirm("泉州续贷先到科技有限公司");
        var renewedLast = NewFirm("泉州续贷后到科技有限公司");

        foreach (var (firm, renewalFirst) in new[] { (renewedFirst, true), (renewedLast, false) })
        {
            var loan = new LoanDisbursed(Guid.NewGuid(), firm.CreditCode!, "QZBANK", "QZBANK-KCD", 2_000_000m, 24, new DateOnly(2026, 1, 5));
            var renewal = new LoanDisbursed(Guid.NewGuid(), firm.CreditCode!, "QZBANK", "QZBANK-XD", 2_500_000m, 12, new DateOnly(2026, 11, 20),
                RenewsLoanId: loan.LoanId, ReplacedAmount: 2_000_000m);
            foreach (var message in renewalFirst ? new[] { renewal, loan, renewal } : [loan, renewal, loan])
            {
                await policy.PublishEventAsync(message);
            }
        }

        // 2,000,000 lent, renewed at 2,500,000: 2,500,000 in all, not 4,500,000.
        foreach (var firm in new[] { renewedFirst, renewedLast })
        {
            await Eventually.MatchesAsync(
                () => policy.ScalarAsync($"SELECT count(*) FROM policy.profile_fact_changes WHERE field = 'loanAmount' AND credit_code = '{firm.CreditCode}'"),
                n => n >= 2, TimeSpan.FromSeconds(30), "both disbursements on the profile");
            var profile = await ProfileAsync(policy, firm.CreditCode!);
            Assert.Equal(2_500_000m, Fact(profile, "loanAmount").GetProperty("value").GetDecimal());
        }
    }

    [Fact]
    public async Task A_redelivered_event_changes_the_profile_once()
    {
        await using var policy = await StartAsync(servers);
        await policy.WaitForConsumerAsync("policy-match-hire-confirmed");
        var firm = NewFirm();
        var hire = new HireConfirmed(Guid.NewGuid(), firm.CreditCode!, Guid.NewGuid(), null, new DateOnly(2026, 11, 2));
        var other = new HireConfirmed(Guid.NewGuid(), firm.CreditCode!, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 11, 3));

        await policy.PublishEventAsync(hire);
        await policy.PublishEventAsync(hire);
        await policy.PublishEventAsync(other);

        await Eventually.MatchesAsync(() => policy.ScalarAsync("SELECT count(*) FROM policy.inbox_messages"), n => n >= 2, TimeSpan.FromSeconds(30), "two processed events");
        await Eventually.MatchesAsync(() => policy.ScalarAsync("SELECT count(*) FROM policy.profile_fact_changes WHERE field = 'newHires'"), n => n >= 2, TimeSpan.FromSeconds(30), "two changes");
        var profile = await ProfileAsync(policy, firm.CreditCode!);
        Assert.Equal(2, Fact(profile, "newHires").GetProperty("value").GetInt32());
        Assert.Equal(2, await policy.ScalarAsync("SELECT count(*) FROM policy.profile_fact_changes WHERE field = 'newHires'"));
        Assert.Equal(2, await policy.ScalarAsync("SELECT count(*) FROM policy.inbox_messages"));
    }

    [Fact]
    public async Task Penalties_and_credit_repair_from_governance_and_projects_from_approval_reach_the_profile()
    {
        await using var policy = await StartAsync(servers);
        await policy.WaitForConsumerAsync("policy-match-credit-repaired");
        await policy.WaitForConsumerAsync("policy-match-project-ready-for-construction");
        var firm = NewFirm();

        await policy.PublishEventAsync(new PenaltyRecorded(firm.CreditCode!, "泉开执罚〔2026〕12号", "环保", 20_000m, new DateOnly(2026, 3, 2)));
        await Eventually.MatchesAsync(() => policy.ScalarAsync("SELECT count(*) FROM policy.profile_fact_changes WHERE field = 'penaltiesLast12Months'"), n => n == 1, TimeSpan.FromSeconds(30), "the penalty");
        await policy.PublishEventAsync(new CreditRepaired(firm.CreditCode!, "泉开执罚〔2026〕12号", new DateOnly(2026, 9, 1)));
        await policy.PublishEventAsync(new ProjectReadyForConstruction(Guid.NewGuid(), "年产50万套智能装备项目", firm.CreditCode!, new DateOnly(2026, 10, 8)));
        var profile = await Eventually.MatchesAsync(() => ProfileAsync(policy, firm.CreditCode!),
            p => p.GetProperty("facts").GetArrayLength() >= 3 && Fact(p, "penaltiesLast12Months").GetProperty("value").GetInt32() == 0,
            TimeSpan.FromSeconds(30), "repair and project on the profile");

        Assert.True(Fact(profile, "creditRepaired").GetProperty("value").GetBoolean());
        Assert.Equal("governance:CreditRepaired", Fact(profile, "penaltiesLast12Months").GetProperty("source").GetString());
        Assert.Equal(1, Fact(profile, "projectsReadyForConstruction").GetProperty("value").GetInt32());
        // 信用修复激励 (credit repaired, no penalty in 12 months) is now on the firm's computed list.
        using var client = policy.Client(firm);
        var match = await EnsureAsync(await client.GetAsync("/api/policy/matches/me/QM-QF-002"), HttpStatusCode.OK);
        Assert.Equal("Met", match.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_quick_application_is_due_in_60_working_days_and_approval_pays_once_then_a_corrected_fact_claws_back()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm("泉州鼎立光电有限公司");
        await policy.RegisterAsync(firm, new { inventionPatents = 6, creditStanding = "A" });
        using var client = policy.Client(firm);
        using var officer = policy.Client(TestCaller.PolicyOfficer);

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/policy/claims") { Content = JsonContent.Create(new { policyCode = "QM-KJ-007", statement = "新增发明专利6件" }) };
        request.Headers.Add("Idempotency-Key", "apply-kj007-1");
        var applied = await EnsureAsync(await client.SendAsync(request), HttpStatusCode.Created);
        var claim = applied.GetProperty("claim");
        Assert.Equal(("Submitted", 50_000m), (claim.GetProperty("status").GetString(), claim.GetProperty("amount").GetDecimal()));
        var created = claim.GetProperty("createdAt").GetDateTimeOffset();
        Assert.Equal(WorkingDayCalendar.ChinaMainland.AddWorkingDays(created, 60), claim.GetProperty("reviewDueAt").GetDateTimeOffset());
        Assert.Contains("专利证书", string.Join(",", applied.GetProperty("coaching").GetProperty("materials").EnumerateArray().Select(m => m.GetString())), StringComparison.Ordinal);

        var retry = new HttpRequestMessage(HttpMethod.Post, "/api/policy/claims") { Content = JsonContent.Create(new { policyCode = "QM-KJ-007" }) };
        retry.Headers.Add("Idempotency-Key", "apply-kj007-1");
        var again = await EnsureAsync(await client.SendAsync(retry), HttpStatusCode.OK);
        Assert.Equal(claim.GetProperty("id").GetGuid(), again.GetProperty("claim").GetProperty("id").GetGuid());
        await EnsureAsync(await client.PostAsJsonAsync("/api/policy/claims", new { policyCode = "QM-KJ-007" }), HttpStatusCode.Conflict);

        var id = claim.GetProperty("id").GetGuid();
        await EnsureAsync(await client.PostAsync($"/api/policy/claims/{id}/confirm", null), HttpStatusCode.Conflict); // not an offer
        var paid = await EnsureAsync(await officer.PostAsync($"/api/policy/claims/{id}/approve", null), HttpStatusCode.OK);
        Assert.Equal("Paid", paid.GetProperty("claim").GetProperty("status").GetString());
        await EnsureAsync(await officer.PostAsJsonAsync($"/api/policy/claims/{id}/reject", new { reason = "材料不全" }), HttpStatusCode.Conflict);

        // The officer corrects the patent count: the firm no longer qualifies, so the payment gets a clawback entry.
        await EnsureAsync(await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts", new { facts = new { inventionPatents = 0 } }), HttpStatusCode.OK);
        var entries = await EnsureAsync(await client.GetAsync("/api/policy/disbursements"), HttpStatusCode.OK);
        var clawback = Assert.Single(entries.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Clawback");
        Assert.Equal(50_000m, clawback.GetProperty("amount").GetDecimal());
        Assert.Equal(paid.GetProperty("disbursement").GetProperty("id").GetGuid(), clawback.GetProperty("reversesId").GetGuid());
        Assert.Contains("有效发明专利", clawback.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(50_000, await policy.ScalarAsync("SELECT clawed_back::bigint FROM policy.budget_ledgers WHERE policy_code = 'QM-KJ-007' AND period = '2026'"));
        // The scorecard hears of it: SubsidyClawedBack through the outbox, naming the payment it reverses.
        var paymentId = paid.GetProperty("disbursement").GetProperty("id").GetGuid();
        Assert.Equal(1, await policy.ScalarAsync(
            $"SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE '%SubsidyClawedBack%' AND payload->>'paymentId' = '{paymentId}' AND (payload->>'amount')::numeric = 50000"));
        // Correcting again does not claw back twice.
        await EnsureAsync(await officer.PutAsJsonAsync($"/api/policy/profiles/{firm.CreditCode}/facts", new { facts = new { inventionPatents = 0.5 } }), HttpStatusCode.OK);
        Assert.Equal(1, await policy.ScalarAsync("SELECT count(*) FROM policy.disbursements WHERE kind = 'Clawback'"));
        Assert.Equal(1, await policy.ScalarAsync("SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE '%SubsidyClawedBack%'"));

        var audit = await policy.ScalarAsync("SELECT count(*) FROM policy.audit_records WHERE action IN ('claim.submitted', 'subsidy.paid', 'subsidy.clawback')");
        Assert.Equal(3, audit);
    }

    [Fact]
    public async Task A_rejected_application_keeps_its_reason_and_may_be_made_again()
    {
        await using var policy = await StartAsync(servers);
        var firm = NewFirm();
        await policy.RegisterAsync(firm, new { inventionPatents = 2, creditStanding = "B" });
        using var client = policy.Client(firm);
        using var officer = policy.Client(TestCaller.PolicyOfficer);
        var applied = await EnsureAsync(await client.PostAsJsonAsync("/api/policy/claims", new { policyCode = "QM-KJ-007" }), HttpStatusCode.Created);
        var id = applied.GetProperty("claim").GetProperty("id").GetGuid();

        var rejected = await EnsureAsync(await officer.PostAsJsonAsync($"/api/policy/claims/{id}/reject", new { reason = "专利权人与申报企业不一致" }), HttpStatusCode.OK);

        Assert.Equal(("Rejected", "专利权人与申报企业不一致"), (rejected.GetProperty("status").GetString(), rejected.GetProperty("reason").GetString()));
        await EnsureAsync(await client.PostAsJsonAsync("/api/policy/claims", new { policyCode = "QM-KJ-007" }), HttpStatusCode.Created);
    }
}
