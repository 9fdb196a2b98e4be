using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Approval.IntegrationTests.Infrastructure;
using static Approval.IntegrationTests.Infrastructure.ApprovalApp;

namespace Approval.IntegrationTests;

[Collection(ApprovalServersCollection.Name)]
public sealed class InvestmentAgreementTests(PlatformServersFixture servers)
{
    private const string Agreements = "/api/approval/investment-agreements";

    private static object IntentBody(string investor = "厦门华创新能源科技有限公司", decimal planned = 300_000_000m, string signedOn = "2027-01-10", string? creditCode = null) => new
    {
        investorName = investor,
        creditCode,
        industryCode = "C38",
        plannedInvestment = planned,
        signedOn,
    };

    private static async Task<JsonElement> SignAsync(ApprovalApp app, object body, TestCaller? caller = null, string? key = null, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var client = app.Client(caller ?? OfficerFgj);
        using var request = new HttpRequestMessage(HttpMethod.Post, Agreements) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return await ExpectAsync(await client.SendAsync(request), expected);
    }

    [Fact]
    public async Task An_intention_is_signed_once_per_key_becomes_a_formal_contract_once_and_each_step_stages_its_event()
    {
        await using var app = await StartAsync(servers);

        var first = await SignAsync(app, IntentBody(creditCode: TestTokens.FirmACreditCode), key: "zs-001");
        var repeat = await SignAsync(app, IntentBody(creditCode: TestTokens.FirmACreditCode), key: "zs-001", expected: HttpStatusCode.OK);

        var id = first.GetProperty("id").GetGuid();
        Assert.Equal(id, repeat.GetProperty("id").GetGuid());
        Assert.Equal("ZS-2027-001", first.GetProperty("number").GetString());
        Assert.Equal("Intent", first.GetProperty("status").GetString());
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM approval.investment_agreements"));
        Assert.Equal(1, await app.OutboxCountAsync("InvestmentIntentSigned", "investorName", "厦门华创新能源科技有限公司"));

        var contract = await app.PostAsync(OfficerFgj, $"{Agreements}/{id}/contract", new { signedOn = "2027-02-19", investment = 280_000_000m }, HttpStatusCode.OK);
        Assert.Equal("Contracted", contract.GetProperty("status").GetString());
        Assert.Equal(1, await app.OutboxCountAsync("InvestmentContractSigned", "agreementId", id));
        Assert.Equal(1, await app.OutboxCountAsync("InvestmentContractSigned", "intentSignedOn", "2027-01-10"));

        var second = await app.PostAsync(TestCaller.Admin, $"{Agreements}/{id}/contract", new { signedOn = "2027-02-20", investment = 1m }, HttpStatusCode.Conflict);
        Assert.Equal("Contracted", second.GetProperty("currentState").GetString());
        var lapse = await app.PostAsync(OfficerFgj, $"{Agreements}/{id}/lapse", new { reason = "投资方放弃" }, HttpStatusCode.Conflict);
        Assert.Equal("Contracted", lapse.GetProperty("currentState").GetString());
        Assert.Equal(1, await app.OutboxCountAsync("InvestmentContractSigned"));
        Assert.Equal(2, await app.ScalarAsync("SELECT count(*) FROM approval.audit_records WHERE resource_type = 'investment-agreement'"));

        var read = await app.GetAsync(TestCaller.Admin, $"{Agreements}/{id}");
        Assert.Equal(280_000_000m, read.GetProperty("contractInvestment").GetDecimal());
        Assert.Equal("2027-02-19", read.GetProperty("contractSignedOn").GetString());
        await app.GetAsync(TestCaller.Admin, $"{Agreements}/{Guid.NewGuid()}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_amounts_and_dates_are_4xx_naming_the_field_and_write_nothing()
    {
        await using var app = await StartAsync(servers);

        var zero = await SignAsync(app, IntentBody(planned: 0m), expected: HttpStatusCode.UnprocessableEntity);
        var future = await SignAsync(app, IntentBody(signedOn: "2027-03-02"), expected: HttpStatusCode.UnprocessableEntity);
        var badCode = await SignAsync(app, IntentBody(creditCode: "91350100M000100Y44"), expected: HttpStatusCode.BadRequest);
        Assert.Equal("plannedInvestment", zero.GetProperty("field").GetString());
        Assert.Equal("signedOn", future.GetProperty("field").GetString());
        Assert.Contains("creditCode", badCode.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM approval.investment_agreements"));

        var id = (await SignAsync(app, IntentBody())).GetProperty("id").GetGuid();
        var beforeIntent = await app.PostAsync(OfficerFgj, $"{Agreements}/{id}/contract", new { signedOn = "2027-01-09", investment = 1m }, HttpStatusCode.UnprocessableEntity);
        var tomorrow = await app.PostAsync(OfficerFgj, $"{Agreements}/{id}/contract", new { signedOn = "2027-03-02", investment = 1m }, HttpStatusCode.UnprocessableEntity);
        var noAmount = await app.PostAsync(OfficerFgj, $"{Agreements}/{id}/contract", new { signedOn = "2027-02-01", investment = -5m }, HttpStatusCode.UnprocessableEntity);
        var noReason = await app.PostAsync(OfficerFgj, $"{Agreements}/{id}/lapse", new { reason = "" }, HttpStatusCode.BadRequest);

        Assert.Equal("signedOn", beforeIntent.GetProperty("field").GetString());
        Assert.Equal("signedOn", tomorrow.GetProperty("field").GetString());
        Assert.Equal("investment", noAmount.GetProperty("field").GetString());
        Assert.Contains("reason", noReason.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal("Intent", (await app.GetAsync(OfficerFgj, $"{Agreements}/{id}")).GetProperty("status").GetString());
        Assert.Equal(0, await app.OutboxCountAsync("InvestmentContractSigned"));
    }

    [Fact]
    public async Task Intentions_signed_at_the_same_moment_each_get_their_own_number()
    {
        await using var app = await StartAsync(servers);

        var signed = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => SignAsync(app, IntentBody($"并发签约测试企业{i}号有限公司"))));

        var numbers = signed.Select(s => s.GetProperty("number").GetString()).ToList();
        Assert.Equal(8, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.StartsWith("ZS-2027-", n));
    }

    [Fact]
    public async Task Numbers_run_per_signing_year_and_a_refused_signing_gives_none_away()
    {
        await using var app = await StartAsync(servers);

        await SignAsync(app, IntentBody(planned: 0m), expected: HttpStatusCode.UnprocessableEntity);
        var first2027 = await SignAsync(app, IntentBody("甲投资有限公司"));
        var first2026 = await SignAsync(app, IntentBody("乙投资有限公司", signedOn: "2026-12-30"));
        var second2027 = await SignAsync(app, IntentBody("丙投资有限公司", signedOn: "2027-01-02"));

        Assert.Equal("ZS-2027-001", first2027.GetProperty("number").GetString());
        Assert.Equal("ZS-2026-001", first2026.GetProperty("number").GetString());
        Assert.Equal("ZS-2027-002", second2027.GetProperty("number").GetString());
    }

    [Fact]
    public async Task An_intention_lapses_with_its_reason_and_the_list_filters_by_status_and_period()
    {
        await using var app = await StartAsync(servers);
        var lapsing = (await SignAsync(app, IntentBody("深圳瑞丰精密制造有限公司", signedOn: "2026-11-20"))).GetProperty("id").GetGuid();
        await SignAsync(app, IntentBody("上海启明电子信息有限公司", signedOn: "2027-01-05"), TestCaller.Admin);

        var lapsed = await app.PostAsync(OfficerFgj, $"{Agreements}/{lapsing}/lapse", new { reason = "投资方调整战略布局，项目转投他地" }, HttpStatusCode.OK);

        Assert.Equal("Lapsed", lapsed.GetProperty("status").GetString());
        Assert.Equal("投资方调整战略布局，项目转投他地", lapsed.GetProperty("lapseReason").GetString());
        var onlyLapsed = await app.GetAsync(OfficerFgj, $"{Agreements}?status=Lapsed");
        Assert.Equal("深圳瑞丰精密制造有限公司", Assert.Single(onlyLapsed.GetProperty("items").EnumerateArray()).GetProperty("investorName").GetString());
        var in2027 = await app.GetAsync(OfficerFgj, $"{Agreements}?from=2027-01-01&to=2027-12-31&pageSize=1");
        Assert.Equal(1, in2027.GetProperty("count").GetInt64());
        Assert.Equal("ZS-2027-001", Assert.Single(in2027.GetProperty("items").EnumerateArray()).GetProperty("number").GetString());
        Assert.Equal(2, (await app.GetAsync(TestCaller.Admin, Agreements)).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task The_conversion_rate_counts_the_periods_intentions_that_became_contracts_and_needs_a_period()
    {
        await using var app = await StartAsync(servers);
        var ids = new List<Guid>();
        foreach (var (investor, day) in new[] { ("甲投资有限公司", "2026-01-05"), ("乙投资有限公司", "2026-02-05"), ("丙投资有限公司", "2026-03-05"), ("丁投资有限公司", "2026-04-05"), ("戊投资有限公司", "2025-12-20") })
        {
            ids.Add((await SignAsync(app, IntentBody(investor, 100_000_000m, day))).GetProperty("id").GetGuid());
        }
        await app.PostAsync(OfficerFgj, $"{Agreements}/{ids[0]}/contract", new { signedOn = "2026-02-04", investment = 120_000_000m }, HttpStatusCode.OK);
        await app.PostAsync(OfficerFgj, $"{Agreements}/{ids[1]}/contract", new { signedOn = "2026-03-17", investment = 80_000_000m }, HttpStatusCode.OK);
        await app.PostAsync(OfficerFgj, $"{Agreements}/{ids[2]}/lapse", new { reason = "投资方融资未到位" }, HttpStatusCode.OK);
        // Signed before the period: not counted, though contracted in it.
        await app.PostAsync(OfficerFgj, $"{Agreements}/{ids[4]}/contract", new { signedOn = "2026-01-20", investment = 50_000_000m }, HttpStatusCode.OK);

        var conversion = await app.GetAsync(OfficerFgj, "/api/approval/metrics/contract-conversion?from=2026-01-01&to=2026-12-31");

        Assert.Equal(4, conversion.GetProperty("intents").GetInt32());
        Assert.Equal(2, conversion.GetProperty("contracted").GetInt32());
        Assert.Equal(1, conversion.GetProperty("lapsed").GetInt32());
        Assert.Equal(1, conversion.GetProperty("open").GetInt32());
        Assert.Equal(50.00m, conversion.GetProperty("conversionRatePercent").GetDecimal());
        // 30 and 40 days.
        Assert.Equal(35m, conversion.GetProperty("medianDaysToContract").GetDecimal());
        Assert.Equal(200_000_000m, conversion.GetProperty("contractedInvestment").GetDecimal());

        var noFrom = await app.GetAsync(OfficerFgj, "/api/approval/metrics/contract-conversion?to=2026-12-31", HttpStatusCode.BadRequest);
        var noTo = await app.GetAsync(OfficerFgj, "/api/approval/metrics/contract-conversion?from=2026-01-01", HttpStatusCode.BadRequest);
        var reversed = await app.GetAsync(OfficerFgj, "/api/approval/metrics/contract-conversion?from=2026-12-31&to=2026-01-01", HttpStatusCode.BadRequest);
        Assert.Equal("from", noFrom.GetProperty("field").GetString());
        Assert.Equal("to", noTo.GetProperty("field").GetString());
        Assert.Equal("to", reversed.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Only_admins_and_the_officers_of_FGJ_handle_招商_others_are_refused()
    {
        await using var app = await StartAsync(servers);
        var id = (await SignAsync(app, IntentBody())).GetProperty("id").GetGuid();

        await SignAsync(app, IntentBody(), AgentLin, expected: HttpStatusCode.Forbidden);
        await SignAsync(app, IntentBody(), TestCaller.FirmA, expected: HttpStatusCode.Forbidden);
        await SignAsync(app, IntentBody(), OfficerZrj, expected: HttpStatusCode.Forbidden);
        await app.PostAsync(OfficerZrj, $"{Agreements}/{id}/contract", new { signedOn = "2027-02-01", investment = 1m }, HttpStatusCode.Forbidden);
        await app.GetAsync(TestCaller.FirmA, Agreements, HttpStatusCode.Forbidden);
        await app.GetAsync(AgentLin, "/api/approval/metrics/contract-conversion?from=2026-01-01&to=2026-12-31", HttpStatusCode.Forbidden);

        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM approval.investment_agreements"));
        Assert.Equal(1, await app.OutboxCountAsync("InvestmentIntentSigned"));
        Assert.Equal(0, await app.OutboxCountAsync("InvestmentContractSigned"));
    }

    [Fact]
    public async Task With_SeedFigures_the_demo_2024_rate_is_93_75_percent_seeded_once_through_the_use_case()
    {
        var figures = new Dictionary<string, string> { ["DemoData:Enabled"] = "true", ["DemoData:SeedFigures"] = "true" };
        await using var app = await StartAsync(servers, replicas: 2, extraSettings: figures);

        var conversion = await app.GetAsync(TestCaller.Admin, "/api/approval/metrics/contract-conversion?from=2024-01-01&to=2024-12-31");

        Assert.Equal(48, conversion.GetProperty("intents").GetInt32());
        Assert.Equal(45, conversion.GetProperty("contracted").GetInt32());
        Assert.Equal(3, conversion.GetProperty("lapsed").GetInt32());
        Assert.Equal(0, conversion.GetProperty("open").GetInt32());
        Assert.Equal(93.75m, conversion.GetProperty("conversionRatePercent").GetDecimal());
        Assert.Equal(48, await app.ScalarAsync("SELECT count(*) FROM approval.investment_agreements"));
        Assert.Equal(48, await app.OutboxCountAsync("InvestmentIntentSigned"));
        Assert.Equal(45, await app.OutboxCountAsync("InvestmentContractSigned"));
    }

    [Fact]
    public async Task Without_SeedFigures_the_demo_records_no_招商签约()
    {
        var demo = new Dictionary<string, string> { ["DemoData:Enabled"] = "true" };
        await using var app = await StartAsync(servers, extraSettings: demo);

        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM approval.investment_agreements"));
    }

    [Fact]
    public async Task An_idempotency_key_that_is_blank_or_longer_than_100_characters_is_a_400_naming_the_header()
    {
        await using var app = await StartAsync(servers);

        foreach (var key in new[] { new string('k', 101), "   " })
        {
            var refused = await SignAsync(app, IntentBody(), key: key, expected: HttpStatusCode.BadRequest);
            Assert.True(refused.TryGetProperty("errors", out var errors) && errors.TryGetProperty("Idempotency-Key", out _), refused.ToString());
        }
        var signed = await SignAsync(app, IntentBody(), key: new string('k', 100));
        Assert.Equal("ZS-2027-001", signed.GetProperty("number").GetString());
    }
}
