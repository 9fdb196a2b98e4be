using System.Net;
using System.Net.Http.Json;
using Finance.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Qingmeng.Finance.Jobs;

namespace Finance.IntegrationTests;

[Collection(FinanceServersCollection.Name)]
public sealed class WhitelistTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_scored_and_listed_firm_is_announced_seen_by_banks_and_its_loans_trace_back_to_the_list()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA, FinanceApp.ProfileOf(TestCaller.FirmA.Name));
        await app.PutProfileAsync(TestCaller.FirmB, FinanceApp.ProfileOf(TestCaller.FirmB.Name, inventionPatents: 0, rdRatio: 0.5m));

        var proposed = await app.PostAsync(TestCaller.PolicyOfficer, "/api/finance/whitelist/evaluations", new { creditCode = TestTokens.FirmACreditCode }, HttpStatusCode.Created);
        var weak = await app.PostAsync(TestCaller.PolicyOfficer, "/api/finance/whitelist/evaluations", new { creditCode = TestTokens.FirmBCreditCode }, HttpStatusCode.Created);
        var id = proposed.GetProperty("id").GetGuid();
        Assert.Equal("Proposed", proposed.GetProperty("status").GetString());
        Assert.Equal(88.2m, proposed.GetProperty("score").GetDecimal());
        Assert.Equal(6, proposed.GetProperty("indicators").GetArrayLength());
        Assert.Empty((await app.GetAsync(TestCaller.BankOfficer, "/api/finance/whitelist")).GetProperty("items").EnumerateArray());
        await app.PostAsync(TestCaller.PolicyOfficer, "/api/finance/whitelist/evaluations", new { creditCode = TestTokens.FirmACreditCode }, HttpStatusCode.Conflict);

        // Below the threshold cannot be listed; a qualifying firm can.
        var refused = await app.PostAsync(TestCaller.PolicyOfficer, $"/api/finance/whitelist/{weak.GetProperty("id").GetGuid()}/review",
            new { list = true, note = "尝试列入" }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("list", refused.GetProperty("field").GetString());
        var listed = await app.PostAsync(TestCaller.PolicyOfficer, $"/api/finance/whitelist/{id}/review", new { list = true, note = "发明专利 4 件，研发投入充足" });
        Assert.Equal("Listed", listed.GetProperty("status").GetString());
        Assert.NotNull(listed.GetProperty("nextReviewOn").GetString());
        await app.PostAsync(TestCaller.PolicyOfficer, $"/api/finance/whitelist/{id}/review", new { list = true, note = "重复审核" }, HttpStatusCode.Conflict);

        // Pushed to partner banks: every bank sees the listed firm, never the proposal.
        var bankView = await app.GetAsync(FinanceApp.OtherBankSystem, "/api/finance/whitelist");
        Assert.Equal(TestTokens.FirmACreditCode, Assert.Single(bankView.GetProperty("items").EnumerateArray()).GetProperty("creditCode").GetString());
        Assert.True((await app.GetAsync(TestCaller.FirmA, "/api/finance/profile")).GetProperty("onWhitelist").GetBoolean());
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages WHERE event_type LIKE '%WhitelistChanged%'"));

        // An IP-pledge loan is granted on the list entry, and the list shows what it led to.
        var loan = await app.DisbursedAsync(TestCaller.FirmA, TestCaller.BankOfficer, new DateOnly(2026, 12, 1), 1_000_000m, 12, "QZBANK-ZSCQ");
        Assert.Equal(id, (await app.GetAsync(TestCaller.FirmA, $"/api/finance/referrals/{loan}")).GetProperty("whitelistEntryId").GetGuid());
        var outcomes = await app.GetAsync(TestCaller.PolicyOfficer, $"/api/finance/whitelist/{id}/outcomes");
        Assert.Equal(1, outcomes.GetProperty("disbursed").GetInt32());
        Assert.Equal(1_000_000m, outcomes.GetProperty("amountDisbursed").GetDecimal());
        Assert.Equal(loan, outcomes.GetProperty("loans")[0].GetProperty("id").GetGuid());
    }

    /// <summary>A well-formed 统一社会信用代码 that the firm register does not hold.</summary>
    private static string UnregisteredCreditCode()
    {
        const string organisation = "MA2XYK0A";
        var first17 = "91350503" + organisation + Qingmeng.ServiceDefaults.Validation.UnifiedSocialCreditCode.ComputeOrganizationCodeCheckCharacter(organisation);
        return first17 + Qingmeng.ServiceDefaults.Validation.UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    [Fact]
    public async Task The_white_list_names_the_firm_as_the_firm_register_does_and_refuses_a_firm_unknown_to_it()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        var unregistered = new TestCaller("firm-c-admin", "未登记企业 管理员", [Qingmeng.ServiceDefaults.Authentication.PlatformRoles.Firm], UnregisteredCreditCode());
        // The firms declare their profiles under names of their own choosing.
        await app.PutProfileAsync(TestCaller.FirmA, FinanceApp.ProfileOf("杰嘉电子"));
        await app.PutProfileAsync(unregistered, FinanceApp.ProfileOf("未登记企业"));

        var proposed = await app.PostAsync(TestCaller.PolicyOfficer, "/api/finance/whitelist/evaluations", new { creditCode = TestTokens.FirmACreditCode }, HttpStatusCode.Created);
        var unknown = await app.PostAsync(TestCaller.PolicyOfficer, "/api/finance/whitelist/evaluations", new { creditCode = unregistered.CreditCode }, HttpStatusCode.UnprocessableEntity);
        var unknownNeed = await app.PostAsync(TestCaller.PolicyOfficer, "/api/finance/needs",
            new { amount = 1_000_000m, termMonths = 12, purpose = "采购原材料", creditCode = unregistered.CreditCode }, HttpStatusCode.UnprocessableEntity);

        Assert.Equal("泉州杰嘉电子有限公司", proposed.GetProperty("firmName").GetString());
        Assert.Equal("creditCode", unknown.GetProperty("field").GetString());
        Assert.Contains("注册企业名录", unknown.GetProperty("title").GetString());
        Assert.Equal("creditCode", unknownNeed.GetProperty("field").GetString());
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.whitelist_entries"));
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM finance.financing_needs"));
    }

    [Fact]
    public async Task The_annual_review_removes_a_firm_whose_indicators_fell_and_announces_it_once()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA, FinanceApp.ProfileOf(TestCaller.FirmA.Name));
        var id = (await app.PostAsync(TestCaller.Admin, "/api/finance/whitelist/evaluations", new { creditCode = TestTokens.FirmACreditCode }, HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await app.PostAsync(TestCaller.Admin, $"/api/finance/whitelist/{id}/review", new { list = true, note = "通过" });
        // A year on, the firm reports overdue loans.
        await app.PutProfileAsync(TestCaller.FirmA, FinanceApp.ProfileOf(TestCaller.FirmA.Name, overdue: true));
        var aYearLater = new FakeTimeProvider(DateTimeOffset.UtcNow.AddYears(1).AddDays(1));

        async Task RunReviewAsync(TimeProvider time)
        {
            using var scope = app.Scope();
            await ActivatorUtilities.CreateInstance<WhitelistReevaluationJob>(scope.ServiceProvider, time).RunAsync(CancellationToken.None);
        }

        await RunReviewAsync(TimeProvider.System);
        Assert.Equal("Listed", (await app.GetAsync(TestCaller.Admin, "/api/finance/whitelist")).GetProperty("items")[0].GetProperty("status").GetString());
        await RunReviewAsync(aYearLater);
        await RunReviewAsync(aYearLater);

        var entry = (await app.GetAsync(TestCaller.Admin, "/api/finance/whitelist")).GetProperty("items")[0];
        Assert.Equal("Removed", entry.GetProperty("status").GetString());
        Assert.Contains("逾期", entry.GetProperty("removalReason").GetString());
        Assert.False((await app.GetAsync(TestCaller.FirmA, "/api/finance/profile")).GetProperty("onWhitelist").GetBoolean());
        Assert.Equal(2, await app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages WHERE event_type LIKE '%WhitelistChanged%'"));
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM finance.outbox_messages WHERE event_type LIKE '%WhitelistChanged%' AND payload->>'onWhitelist' = 'false'"));
        Assert.Empty((await app.GetAsync(TestCaller.BankOfficer, "/api/finance/whitelist")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Officers_reviewing_one_entry_at_once_list_it_once_and_every_other_hears_the_state_the_first_left()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        await app.PutProfileAsync(TestCaller.FirmA, FinanceApp.ProfileOf(TestCaller.FirmA.Name));
        var entry = (await app.PostAsync(TestCaller.PolicyOfficer, "/api/finance/whitelist/evaluations",
            new { creditCode = TestTokens.FirmACreditCode }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var officers = Enumerable.Range(0, 8).Select(i => app.Client(i % 2 == 0 ? TestCaller.PolicyOfficer : TestCaller.Admin)).ToList();

        using var start = new SemaphoreSlim(0);
        var attempts = officers.Select(async client =>
        {
            await start.WaitAsync();
            var response = await client.PostAsJsonAsync($"/api/finance/whitelist/{entry}/review", new { list = true, note = "指标达标" });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(officers.Count);
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(o => o.StatusCode == HttpStatusCode.OK));
        Assert.All(outcomes.Where(o => o.StatusCode != HttpStatusCode.OK), o =>
        {
            Assert.Equal(HttpStatusCode.Conflict, o.StatusCode);
            Assert.Equal("Listed", System.Text.Json.JsonDocument.Parse(o.Body).RootElement.GetProperty("currentState").GetString());
        });
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM finance.audit_records WHERE action = 'whitelist.listed' AND resource_id = '{entry}'"));
        foreach (var client in officers)
        {
            client.Dispose();
        }
    }
}
