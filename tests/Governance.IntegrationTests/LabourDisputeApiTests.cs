using System.Net;
using System.Text.Json;

namespace Governance.IntegrationTests;

[Collection(GovernanceServersCollection.Name)]
public sealed class LabourDisputeApiTests(PlatformServersFixture servers)
{
    private const string Disputes = "/api/governance/labour-disputes";
    private const string WorkerId = "350503199003071232";
    private const string WorkerPhone = "13905951234";

    /// <summary>Wednesday 4 November 2026, 10:00 in China.</summary>
    private static readonly DateTimeOffset Filing = new(2026, 11, 4, 10, 0, 0, TimeSpan.FromHours(8));

    private static object Claim(string claimType = "UnpaidWages", bool wageArrears = true, int workers = 1, string creditCode = TestTokens.FirmACreditCode,
        string residentId = WorkerId) => new
        {
            applicantName = "林阿强", applicantIdNumber = residentId, applicantPhone = WorkerPhone,
            respondentCreditCode = creditCode, respondentName = "泉州杰嘉电子有限公司", claimType, claimedAmount = 36_000m, wageArrears,
            workerCount = workers, facts = "公司拖欠 2026 年 8 至 10 月工资共 36000 元。",
        };

    private static async Task<Guid> FileAsync(GovernanceHost host, object claim, TestCaller? caller = null) =>
        (await host.ExpectAsync(HttpStatusCode.Created, caller ?? TestCaller.Citizen, Disputes, claim)).GetProperty("id").GetGuid();

    [Fact]
    public async Task A_wage_arrears_claim_is_flagged_at_filing_and_listed_first_for_the_arbitration_officers()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Filing);
        var overtime = await FileAsync(host, Claim("Overtime", wageArrears: false));
        var (status, filed) = await host.PostAsync(TestCaller.Citizen, Disputes, Claim("UnpaidWages", wageArrears: false));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(filed.GetProperty("wageArrears").GetBoolean());
        Assert.Equal("Filed", filed.GetProperty("status").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 0, 0, 0, TimeSpan.FromHours(8)), filed.GetProperty("acceptanceDueAt").GetDateTimeOffset());
        Assert.Equal("350***********1232", filed.GetProperty("applicantIdMasked").GetString());
        Assert.DoesNotContain(WorkerId, filed.ToString(), StringComparison.Ordinal);

        var list = await host.GetAsync(Callers.Rsj, Disputes);
        Assert.Equal(2, list.GetProperty("count").GetInt64());
        Assert.Equal(filed.GetProperty("id").GetGuid(), list.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(overtime, list.GetProperty("items")[1].GetProperty("id").GetGuid());
        Assert.Equal(0, await host.ScalarAsync($"SELECT count(*) FROM governance.labour_disputes WHERE applicant_id_masked = '{WorkerId}' OR applicant_key = '{WorkerId}'"));
        Assert.Equal(2, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'labour-dispute.filed'"));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(WorkerId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_respondent_firm_sees_a_claim_once_accepted_with_the_phone_masked_and_never_another_firms()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Filing);
        var id = await FileAsync(host, Claim());
        using var firmA = host.Client(TestCaller.FirmA);
        using var firmB = host.Client(TestCaller.FirmB);
        using var zjj = host.Client(Callers.Zjj);

        // Not yet served on the firm: not visible.
        Assert.Equal(HttpStatusCode.NotFound, (await firmA.GetAsync($"{Disputes}/{id}")).StatusCode);
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{Disputes}/{id}/accept");

        var seenByFirm = await host.GetAsync(TestCaller.FirmA, $"{Disputes}/{id}");
        Assert.Equal("139****1234", seenByFirm.GetProperty("applicantPhone").GetString());
        Assert.Equal(WorkerPhone, (await host.GetAsync(TestCaller.Citizen, $"{Disputes}/{id}")).GetProperty("applicantPhone").GetString());
        Assert.Equal(WorkerPhone, (await host.GetAsync(Callers.Rsj, $"{Disputes}/{id}")).GetProperty("applicantPhone").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await firmB.GetAsync($"{Disputes}/{id}")).StatusCode);
        Assert.Equal(0, (await host.GetAsync(TestCaller.FirmB, Disputes)).GetProperty("count").GetInt64());
        Assert.Equal(0, (await host.GetAsync(Callers.OtherCitizen, Disputes)).GetProperty("count").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, (await zjj.GetAsync($"{Disputes}/{id}")).StatusCode);
    }

    [Fact]
    public async Task Accept_extend_once_with_the_directors_approval_and_award_every_step_audited_and_illegal_steps_are_409()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Filing);
        var id = await FileAsync(host, Claim(), Callers.Rsj);
        var path = $"{Disputes}/{id}";

        var awardEarly = await host.ExpectAsync(HttpStatusCode.Conflict, Callers.Rsj, $"{path}/award", new { outcome = "Upheld", awardedAmount = 36_000m, summary = "支持" });
        Assert.Equal("Filed", awardEarly.GetProperty("currentState").GetString());

        host.Clock!.Advance(TimeSpan.FromDays(2));
        var accepted = await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{path}/accept");
        // Accepted Friday 6 November: 45 days → Monday 21 December.
        Assert.Equal(new DateTimeOffset(2026, 12, 22, 0, 0, 0, TimeSpan.FromHours(8)), accepted.GetProperty("awardDueAt").GetDateTimeOffset());
        Assert.False(accepted.GetProperty("decidedLate").GetBoolean());
        Assert.False(accepted.GetProperty("provisional").GetBoolean()); // 2026's holidays are confirmed
        var acceptAgain = await host.ExpectAsync(HttpStatusCode.Conflict, Callers.Rsj, $"{path}/accept");
        Assert.Equal("Accepted", acceptAgain.GetProperty("currentState").GetString());

        await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{path}/extension", new { days = 15, reason = "案情复杂，需进行工资账目审计。" });
        await host.ExpectAsync(HttpStatusCode.Forbidden, Callers.Rsj, $"{path}/extension/approve");
        var extended = await host.ExpectAsync(HttpStatusCode.OK, Callers.RsjDirector, $"{path}/extension/approve");
        // 6 November + 60 days = Tuesday 5 January 2027.
        Assert.Equal("Extended", extended.GetProperty("status").GetString());
        Assert.Equal(new DateTimeOffset(2027, 1, 6, 0, 0, 0, TimeSpan.FromHours(8)), extended.GetProperty("awardDueAt").GetDateTimeOffset());
        Assert.True(extended.GetProperty("provisional").GetBoolean()); // 2027's are not yet

        var auditBefore = await host.ScalarAsync("SELECT count(*) FROM governance.audit_records");
        var secondExtension = await host.ExpectAsync(HttpStatusCode.Conflict, Callers.Rsj, $"{path}/extension", new { days = 5, reason = "再次延期" });
        Assert.Equal("Extended", secondExtension.GetProperty("currentState").GetString());
        Assert.Equal(auditBefore, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records"));

        var awarded = await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{path}/award", new { outcome = "PartlyUpheld", awardedAmount = 30_000m, summary = "裁决被申请人支付拖欠工资 30000 元。" });
        Assert.Equal("Awarded", awarded.GetProperty("status").GetString());
        Assert.False(awarded.GetProperty("awardedLate").GetBoolean());
        var awardAgain = await host.ExpectAsync(HttpStatusCode.Conflict, Callers.Rsj, $"{path}/award", new { outcome = "Upheld", summary = "再次裁决" });
        Assert.Equal("Awarded", awardAgain.GetProperty("currentState").GetString());

        foreach (var action in new[] { "filed", "accepted", "extension-requested", "extension-approved", "awarded" })
        {
            Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE action = 'labour-dispute.{action}' AND resource_id = '{id}'"));
        }
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_writes_nothing_and_only_the_arbitration_commission_decides()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Filing);

        var badId = await host.PostAsync(TestCaller.Citizen, Disputes, Claim(residentId: "350503199003071233"));
        var badFirm = await host.PostAsync(TestCaller.Citizen, Disputes, Claim(creditCode: "91350100M000100Y44"));
        var byFirm = await host.PostAsync(TestCaller.FirmA, Disputes, Claim());
        var byOtherDepartment = await host.PostAsync(Callers.Zjj, Disputes, Claim());

        Assert.Equal(HttpStatusCode.BadRequest, badId.Status);
        Assert.True(badId.Body.GetProperty("errors").TryGetProperty("applicantIdNumber", out _), badId.Body.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, badFirm.Status);
        Assert.True(badFirm.Body.GetProperty("errors").TryGetProperty("respondentCreditCode", out _), badFirm.Body.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, byFirm.Status);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherDepartment.Status);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.labour_disputes"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records"));

        var id = await FileAsync(host, Claim());
        var noReason = await host.PostAsync(Callers.Rsj, $"{Disputes}/{id}/refuse", new { note = "没有理由代码" });
        var byZjj = await host.PostAsync(Callers.Zjj, $"{Disputes}/{id}/accept");
        var byWorker = await host.PostAsync(TestCaller.Citizen, $"{Disputes}/{id}/accept");
        var refused = await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{Disputes}/{id}/refuse", new { reasonCode = "OutsideJurisdiction", note = "用人单位注册地及劳动合同履行地均不在本区。" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.True(noReason.Body.GetProperty("errors").TryGetProperty("reasonCode", out _), noReason.Body.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, byZjj.Status);
        Assert.Equal(HttpStatusCode.Forbidden, byWorker.Status);
        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        Assert.Equal("OutsideJurisdiction", refused.GetProperty("refusalReason").GetString());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action LIKE 'labour-dispute.%' AND action <> 'labour-dispute.filed'"));
    }

    [Fact]
    public async Task Wage_arrears_claims_against_one_firm_are_linked_for_group_handling()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Filing);
        var first = await FileAsync(host, Claim(workers: 3));
        var alone = await host.GetAsync(Callers.Rsj, $"{Disputes}/{first}");
        Assert.Equal(JsonValueKind.Null, alone.GetProperty("groupId").ValueKind);

        host.Clock!.Advance(TimeSpan.FromDays(3));
        var second = await FileAsync(host, Claim(workers: 2), Callers.OtherCitizen);
        var large = await FileAsync(host, Claim(workers: 12, creditCode: TestTokens.FirmBCreditCode), Callers.Rsj);
        var notArrears = await FileAsync(host, Claim("WorkInjury", wageArrears: false));

        Assert.Equal(first, (await host.GetAsync(Callers.Rsj, $"{Disputes}/{second}")).GetProperty("groupId").GetGuid());
        Assert.Equal(first, (await host.GetAsync(Callers.Rsj, $"{Disputes}/{first}")).GetProperty("groupId").GetGuid());
        Assert.Equal(large, (await host.GetAsync(Callers.Rsj, $"{Disputes}/{large}")).GetProperty("groupId").GetGuid());
        Assert.Equal(JsonValueKind.Null, (await host.GetAsync(Callers.Rsj, $"{Disputes}/{notArrears}")).GetProperty("groupId").ValueKind);
        Assert.Equal(2, (await host.GetAsync(Callers.Rsj, $"{Disputes}?groupId={first}")).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task The_demo_arbitrator_walks_a_claim_from_filing_to_award_and_the_platform_administrator_cannot_accept_it()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Filing);
        var id = await FileAsync(host, Claim());
        var path = $"{Disputes}/{id}";

        // The commission accepts (第二十九条), not the platform's operator.
        await host.ExpectAsync(HttpStatusCode.Forbidden, TestCaller.Admin, $"{path}/accept");
        var accepted = await host.ExpectAsync(HttpStatusCode.OK, Callers.DemoArbitrator, $"{path}/accept");
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        await host.ExpectAsync(HttpStatusCode.OK, Callers.DemoArbitrator, $"{path}/extension", new { days = 10, reason = "需调取考勤记录。" });
        var extended = await host.ExpectAsync(HttpStatusCode.OK, Callers.DemoCommissionDirector, $"{path}/extension/approve");
        Assert.Equal("Extended", extended.GetProperty("status").GetString());
        var awarded = await host.ExpectAsync(HttpStatusCode.OK, Callers.DemoArbitrator, $"{path}/award",
            new { outcome = "Upheld", awardedAmount = 36_000m, summary = "裁决被申请人支付拖欠工资 36000 元。" });

        Assert.Equal("Awarded", awarded.GetProperty("status").GetString());
        Assert.Equal(36_000m, awarded.GetProperty("awardedAmount").GetDecimal());
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE action = 'labour-dispute.awarded' AND resource_id = '{id}'"));
    }
}
