using System.Net;

namespace Governance.IntegrationTests;

/// <summary>
/// 信用修复 is the firm's application and the penalising department's decision: the firm's own word never lifts a
/// penalty, and only an officer's grant publishes <c>CreditRepaired</c>.
/// </summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class CreditRepairDecisionTests(PlatformServersFixture servers)
{
    private const string Penalties = "/api/governance/penalties";
    private const string Repairs = "/api/governance/credit-repairs";
    private const string Reference = "泉开应急罚〔2026〕21号";
    private const string CreditRepairedRows = "SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CreditRepaired%'";

    /// <summary>Saturday 28 November 2026 in China; the penalty of 1 June is past its 3-month publicity period.</summary>
    private static readonly DateTimeOffset Today = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly object Application = new
    {
        penaltyReference = Reference,
        commitment = "已缴清罚款并完成整改，承诺依法经营。",
        evidence = new[]
        {
            new { description = "罚款缴纳凭证", reference = "闽非税〔2026〕0601-88号" },
            new { description = "整改验收报告", reference = "泉开应急验〔2026〕9号" },
        },
        finePaid = true,
        corrected = true,
    };

    private static readonly object Grant = new { finePaid = true, corrected = true, reason = "经核查罚款已缴清、隐患已整改，同意修复。" };

    private static async Task<GovernanceHost> StartWithPenaltyAsync(PlatformServersFixture servers)
    {
        var host = await GovernanceHost.StartAsync(servers, fakeNow: Today);
        await host.ExpectAsync(HttpStatusCode.Created, Callers.Ajj, Penalties, new
        {
            reference = Reference, creditCode = TestTokens.FirmACreditCode, category = "General", fineAmount = 5_000m, decidedOn = "2026-06-01",
            description = "未按规定开展安全培训。",
        });
        return host;
    }

    [Fact]
    public async Task A_firms_application_is_pending_and_publishes_nothing_until_an_officer_decides()
    {
        await using var host = await StartWithPenaltyAsync(servers);

        var applied = await host.ExpectAsync(HttpStatusCode.Created, TestCaller.FirmA, Repairs, Application);

        Assert.Equal("Pending", applied.GetProperty("status").GetString());
        Assert.Equal(2, applied.GetProperty("evidence").GetArrayLength());
        Assert.Equal(0, await host.ScalarAsync(CreditRepairedRows));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.penalties WHERE repaired_on IS NOT NULL"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'credit-repair.applied'"));
        var own = await host.GetAsync(TestCaller.FirmA, Repairs);
        Assert.Equal(1, own.GetProperty("count").GetInt64());
        Assert.Equal(0, (await host.GetAsync(TestCaller.FirmB, Repairs)).GetProperty("count").GetInt64());
        Assert.Equal(1, (await host.GetAsync(Callers.Ajj, $"{Repairs}?status=Pending")).GetProperty("count").GetInt64());
        Assert.Equal(0, (await host.GetAsync(Callers.Zjj, Repairs)).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task The_firm_cannot_grant_and_an_officer_of_another_department_cannot_decide()
    {
        await using var host = await StartWithPenaltyAsync(servers);
        var id = (await host.ExpectAsync(HttpStatusCode.Created, TestCaller.FirmA, Repairs, Application)).GetProperty("id").GetGuid();

        var byFirm = await host.PostAsync(TestCaller.FirmA, $"{Repairs}/{id}/grant", Grant);
        var byOtherDepartment = await host.PostAsync(Callers.Zjj, $"{Repairs}/{id}/grant", Grant);
        var refusedByOtherDepartment = await host.PostAsync(Callers.Zjj, $"{Repairs}/{id}/refuse", new { reason = "不属本部门" });

        Assert.Equal(HttpStatusCode.Forbidden, byFirm.Status);
        Assert.Equal(HttpStatusCode.NotFound, byOtherDepartment.Status);
        Assert.Equal(HttpStatusCode.NotFound, refusedByOtherDepartment.Status);
        Assert.Equal(0, await host.ScalarAsync(CreditRepairedRows));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.credit_repair_applications WHERE status = 'Pending'"));
    }

    [Fact]
    public async Task A_refusal_publishes_nothing_and_a_grant_by_the_penalising_department_publishes_CreditRepaired_once()
    {
        await using var host = await StartWithPenaltyAsync(servers);
        var first = (await host.ExpectAsync(HttpStatusCode.Created, TestCaller.FirmA, Repairs, Application)).GetProperty("id").GetGuid();

        var refused = await host.ExpectAsync(HttpStatusCode.OK, Callers.Ajj, $"{Repairs}/{first}/refuse", new { reason = "整改验收报告未盖章，请补正后重新申请。" });
        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        Assert.Equal(0, await host.ScalarAsync(CreditRepairedRows));

        var second = (await host.ExpectAsync(HttpStatusCode.Created, TestCaller.FirmA, Repairs, Application)).GetProperty("id").GetGuid();
        var unverified = await host.ExpectAsync(HttpStatusCode.UnprocessableEntity, Callers.Ajj, $"{Repairs}/{second}/grant",
            new { finePaid = false, corrected = false, reason = "未核实" });
        Assert.Equal("finePaid", unverified.GetProperty("field").GetString());
        Assert.True(unverified.GetProperty("errors").TryGetProperty("corrected", out _), unverified.ToString());
        Assert.Equal(0, await host.ScalarAsync(CreditRepairedRows));
        var granted = await host.ExpectAsync(HttpStatusCode.OK, Callers.Ajj, $"{Repairs}/{second}/grant", Grant);
        var again = await host.PostAsync(Callers.Ajj, $"{Repairs}/{second}/grant", Grant);
        var reapplied = await host.PostAsync(TestCaller.FirmA, Repairs, Application);

        Assert.Equal("Granted", granted.GetProperty("status").GetString());
        Assert.Equal("2026-11-28", granted.GetProperty("repairedOn").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(HttpStatusCode.Conflict, reapplied.Status);
        Assert.Equal(1, await host.ScalarAsync(CreditRepairedRows));
        Assert.Equal(1, await host.ScalarAsync(
            $"SELECT count(*) FROM governance.penalties WHERE repaired_on IS NOT NULL AND repaired_by = '{Callers.Ajj.Subject}'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'credit-repair.refused'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'credit-repair.granted'"));
    }

    [Fact]
    public async Task A_grant_inside_the_publicity_period_or_without_payment_is_a_422_with_every_reason_and_the_earliest_date()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Today);
        await host.ExpectAsync(HttpStatusCode.Created, Callers.Ajj, Penalties, new
        {
            reference = "泉开应急罚〔2026〕3号", creditCode = TestTokens.FirmACreditCode, category = "WorkSafety", fineAmount = 30_000m,
            decidedOn = "2026-03-15", description = "未按规定设置安全警示标志。",
        });

        // The publicity period is pre-checked when the firm applies.
        var early = await host.ExpectAsync(HttpStatusCode.UnprocessableEntity, TestCaller.FirmA, Repairs, new
        {
            penaltyReference = "泉开应急罚〔2026〕3号", commitment = "承诺依法经营。",
            evidence = new[] { new { description = "罚款缴纳凭证", reference = "闽非税〔2026〕0315-01号" } },
        });

        Assert.Equal("penaltyReference", early.GetProperty("field").GetString());
        Assert.Equal("2027-03-16", early.GetProperty("earliestRepairDate").GetString());
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.credit_repair_applications"));
        Assert.Equal(0, await host.ScalarAsync(CreditRepairedRows));
    }
}
