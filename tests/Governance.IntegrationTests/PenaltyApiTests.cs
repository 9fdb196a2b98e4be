using System.Net;

namespace Governance.IntegrationTests;

[Collection(GovernanceServersCollection.Name)]
public sealed class PenaltyApiTests(PlatformServersFixture servers)
{
    private const string Penalties = "/api/governance/penalties";
    private const string Repairs = "/api/governance/credit-repairs";

    /// <summary>Saturday 28 November 2026 in China.</summary>
    private static readonly DateTimeOffset Today = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private static object Penalty(string reference, string category = "General", string decidedOn = "2026-06-01", decimal fine = 5_000m,
        string creditCode = TestTokens.FirmACreditCode) => new
        {
            reference, creditCode, category, fineAmount = fine, decidedOn, description = "未按规定期限公示企业年度报告，逾期未改正。",
        };

    [Fact]
    public async Task A_recorded_penalty_is_published_once_and_the_same_reference_is_never_written_twice()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Today);
        const string Reference = "泉开市监罚〔2026〕31号";

        var first = await host.ExpectAsync(HttpStatusCode.Created, Callers.Ajj, Penalties, Penalty(Reference));
        var retry = await host.ExpectAsync(HttpStatusCode.OK, Callers.Ajj, Penalties, Penalty(Reference));
        var different = await host.ExpectAsync(HttpStatusCode.Conflict, TestCaller.Admin, Penalties, Penalty(Reference, fine: 8_000m));

        Assert.Equal(first.GetProperty("id").GetGuid(), retry.GetProperty("id").GetGuid());
        Assert.Equal("2026-09-02", first.GetProperty("earliestRepairDate").GetString());
        Assert.Equal("reference", different.GetProperty("field").GetString());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.penalties"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%PenaltyRecorded%'"));
        Assert.Equal(1, await host.ScalarAsync(
            $"SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%PenaltyRecorded%' AND payload::text LIKE '%{TestTokens.FirmACreditCode}%' AND payload::text LIKE '%General%'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'penalty.recorded'"));
    }

    [Fact]
    public async Task Bad_penalty_input_names_the_field_and_writes_nothing()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Today);

        var badCode = await host.PostAsync(Callers.Ajj, Penalties, Penalty("泉开应急罚〔2026〕7号", creditCode: "91350100M000100Y44"));
        var future = await host.PostAsync(Callers.Ajj, Penalties, Penalty("泉开应急罚〔2026〕8号", decidedOn: "2026-12-01"));
        var noCategory = await host.PostAsync(Callers.Ajj, Penalties, new { reference = "泉开应急罚〔2026〕9号", creditCode = TestTokens.FirmACreditCode, fineAmount = 1m, decidedOn = "2026-06-01", description = "缺少类别" });
        var byFirm = await host.PostAsync(TestCaller.FirmA, Penalties, Penalty("泉开应急罚〔2026〕10号"));

        Assert.Equal(HttpStatusCode.BadRequest, badCode.Status);
        Assert.True(badCode.Body.GetProperty("errors").TryGetProperty("creditCode", out _), badCode.Body.ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.Status);
        Assert.Equal("decidedOn", future.Body.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noCategory.Status);
        Assert.True(noCategory.Body.GetProperty("errors").TryGetProperty("category", out _), noCategory.Body.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, byFirm.Status);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.penalties"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records"));
    }

    [Fact]
    public async Task Credit_repair_is_refused_with_the_field_and_earliest_date_until_due_then_granted_once_and_published()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Today);
        await host.ExpectAsync(HttpStatusCode.Created, Callers.Ajj, Penalties, Penalty("泉开市监罚〔2026〕40号", decidedOn: "2026-08-31"));
        await host.ExpectAsync(HttpStatusCode.Created, Callers.Ajj, Penalties, Penalty("泉开应急罚〔2026〕3号", category: "WorkSafety", decidedOn: "2026-03-15", fine: 30_000m));
        await host.ExpectAsync(HttpStatusCode.Created, Callers.Ajj, Penalties, Penalty("泉开市监罚〔2026〕12号", decidedOn: "2026-06-01"));
        var outboxBefore = await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages");
        var auditBefore = await host.ScalarAsync("SELECT count(*) FROM governance.audit_records");

        // 31 August + 3 months ends on 30 November: not before 1 December.
        var tooEarly = await host.ExpectAsync(HttpStatusCode.UnprocessableEntity, TestCaller.FirmA, Repairs, Application("泉开市监罚〔2026〕40号"));
        var workSafety = await host.ExpectAsync(HttpStatusCode.UnprocessableEntity, TestCaller.FirmA, Repairs, Application("泉开应急罚〔2026〕3号"));
        var foreign = await host.ExpectAsync(HttpStatusCode.NotFound, TestCaller.FirmB, Repairs, Application("泉开市监罚〔2026〕12号"));

        Assert.Equal("penaltyReference", tooEarly.GetProperty("field").GetString());
        Assert.Equal("2026-12-01", tooEarly.GetProperty("earliestRepairDate").GetString());
        Assert.Equal("2027-03-16", workSafety.GetProperty("earliestRepairDate").GetString());
        Assert.Equal("penaltyReference", foreign.GetProperty("field").GetString());
        Assert.Equal(outboxBefore, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages"));
        Assert.Equal(auditBefore, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.penalties WHERE repaired_on IS NOT NULL"));

        var applied = await host.ExpectAsync(HttpStatusCode.Created, TestCaller.FirmA, Repairs, Application("泉开市监罚〔2026〕12号"));
        var unpaid = await host.ExpectAsync(HttpStatusCode.UnprocessableEntity, Callers.Ajj, $"{Repairs}/{applied.GetProperty("id").GetGuid()}/grant",
            new { finePaid = false, corrected = true, reason = "罚款未到账" });
        var granted = await host.ExpectAsync(HttpStatusCode.OK, Callers.Ajj, $"{Repairs}/{applied.GetProperty("id").GetGuid()}/grant",
            new { finePaid = true, corrected = true, reason = "罚款已缴清，整改到位。" });
        var twice = await host.ExpectAsync(HttpStatusCode.Conflict, TestCaller.FirmA, Repairs, Application("泉开市监罚〔2026〕12号"));

        Assert.Equal("finePaid", unpaid.GetProperty("field").GetString());
        Assert.Equal("2026-11-28", granted.GetProperty("repairedOn").GetString());
        Assert.Equal("penaltyReference", twice.GetProperty("field").GetString());
        Assert.Equal(1, await host.ScalarAsync(
            $"SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CreditRepaired%' AND payload::text LIKE '%{TestTokens.FirmACreditCode}%' AND payload::text LIKE '%2026-11-28%'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'penalty.credit-repaired'"));
    }

    private static object Application(string penaltyReference) => new
    {
        penaltyReference,
        commitment = "已缴清罚款并完成整改，承诺依法经营。",
        evidence = new[] { new { description = "罚款缴纳凭证", reference = "闽非税〔2026〕0601-01号" } },
    };

    [Fact]
    public async Task A_firm_sees_only_its_own_penalties()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Today);
        var ownId = (await host.ExpectAsync(HttpStatusCode.Created, Callers.Ajj, Penalties, Penalty("泉开市监罚〔2026〕50号"))).GetProperty("id").GetGuid();
        var otherId = (await host.ExpectAsync(HttpStatusCode.Created, Callers.Ajj, Penalties, Penalty("泉开市监罚〔2026〕51号", creditCode: TestTokens.FirmBCreditCode))).GetProperty("id").GetGuid();
        using var firmA = host.Client(TestCaller.FirmA);
        using var citizen = host.Client(TestCaller.Citizen);

        var own = await host.GetAsync(TestCaller.FirmA, Penalties);
        Assert.Equal(1, own.GetProperty("count").GetInt64());
        Assert.Equal(ownId, own.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await firmA.GetAsync($"{Penalties}/{otherId}")).StatusCode);
        Assert.Equal(2, (await host.GetAsync(TestCaller.Dispatcher, Penalties)).GetProperty("count").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync(Penalties)).StatusCode);
    }
}
