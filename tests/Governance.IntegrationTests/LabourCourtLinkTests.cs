using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Governance.Jobs;

namespace Governance.IntegrationTests;

/// <summary>裁审衔接: the dispute's events, its LABOUR case, the early warning and the steps after the award.</summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class LabourCourtLinkTests(PlatformServersFixture servers)
{
    private const string Disputes = "/api/governance/labour-disputes";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Wednesday 4 November 2026, 10:00 in China.</summary>
    private static readonly DateTimeOffset Filing = new(2026, 11, 4, 10, 0, 0, China);

    private static object Claim(int workers = 1, string creditCode = TestTokens.FirmACreditCode, object? caseId = null) => new
    {
        applicantName = "林阿强", applicantIdNumber = "350503199003071232", applicantPhone = "13905951234",
        respondentCreditCode = creditCode, respondentName = "泉州杰嘉电子有限公司", claimType = "UnpaidWages", claimedAmount = 36_000m,
        wageArrears = true, workerCount = workers, facts = "公司拖欠 2026 年 8 至 10 月工资共 36000 元。", caseId,
    };

    private static object WageComplaint(string creditCode = TestTokens.FirmACreditCode) => new
    {
        channel = "Hotline", moduleCode = "LABOUR", serviceCode = "LABOUR-02", title = "欠薪投诉", description = "工厂拖欠工资两个月。", creditCode,
    };

    [Fact]
    public async Task A_dispute_links_to_the_open_labour_case_against_its_firm_and_publishes_filed_decided_and_awarded()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Filing);
        var complaint = (await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Dispatcher, "/api/governance/cases", WageComplaint())).GetProperty("id").GetGuid();

        var filed = await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Citizen, Disputes, Claim());
        var id = filed.GetProperty("id").GetGuid();
        Assert.Equal(complaint, filed.GetProperty("caseId").GetGuid());

        await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{Disputes}/{id}/accept");
        var awarded = await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{Disputes}/{id}/award",
            new { outcome = "Upheld", awardedAmount = 36_000m, summary = "支持申请人全部请求。" });

        // Awarded Wednesday 4 November: the 15 days to sue end on Thursday 19 November; performance is due 10 working days later.
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, China), awarded.GetProperty("suitDeadline").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 0, 0, 0, China), awarded.GetProperty("performanceDueAt").GetDateTimeOffset());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%LabourDisputeFiled%'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%LabourDisputeDecided%'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%LabourDisputeAwarded%'"));
    }

    [Fact]
    public async Task A_case_named_at_filing_must_be_a_labour_case_about_the_same_firm()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Filing);
        var otherFirm = (await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Dispatcher, "/api/governance/cases",
            WageComplaint(TestTokens.FirmBCreditCode))).GetProperty("id").GetGuid();

        var (status, problem) = await host.PostAsync(TestCaller.Citizen, Disputes, Claim(caseId: otherFirm));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("caseId", problem.GetProperty("field").GetString());
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.labour_disputes"));
    }

    [Fact]
    public async Task Repeated_wage_complaints_against_one_firm_raise_one_early_warning_with_a_case_dispatched_to_the_arbitration_commission()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Filing);
        await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Dispatcher, "/api/governance/cases", WageComplaint());
        await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Dispatcher, "/api/governance/cases", WageComplaint());
        await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Dispatcher, "/api/governance/cases", WageComplaint(TestTokens.FirmBCreditCode));
        await RunWarningJobAsync(host);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.labour_early_warnings"));

        var dispute = (await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Citizen, Disputes, Claim())).GetProperty("id").GetGuid();
        await RunWarningJobAsync(host);
        await RunWarningJobAsync(host);

        var warnings = await host.GetAsync(Callers.Rsj, "/api/governance/labour-warnings");
        Assert.Equal(1, warnings.GetProperty("count").GetInt64());
        var warning = warnings.GetProperty("items")[0];
        Assert.Equal(TestTokens.FirmACreditCode, warning.GetProperty("creditCode").GetString());
        Assert.Equal(3, warning.GetProperty("wageArrearsCount").GetInt32());
        Assert.Contains("WageArrears", warning.GetProperty("triggers").EnumerateArray().Select(t => t.GetString()));
        var caseId = warning.GetProperty("caseId").GetGuid();
        var warningCase = await host.GetAsync(Callers.Rsj, $"/api/governance/cases/{caseId}");
        Assert.Equal("Dispatched", warningCase.GetProperty("status").GetString());
        Assert.Equal("RSJ", warningCase.GetProperty("leadDepartmentCode").GetString());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%LabourEarlyWarningRaised%'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'labour-warning.raised'"));
        Assert.NotEqual(Guid.Empty, (await host.GetAsync(Callers.Rsj, $"{Disputes}/{dispute}")).GetProperty("caseId").GetGuid());

        // Resolved after the 定期会商: a later complaint may raise a new warning, never a second open one.
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"/api/governance/labour-warnings/{warning.GetProperty("id").GetGuid()}/resolve",
            new { resolution = "会商后企业承诺十日内补发工资。" });
        var (status, _) = await host.PostAsync(Callers.Rsj, $"/api/governance/labour-warnings/{warning.GetProperty("id").GetGuid()}/resolve",
            new { resolution = "重复" });
        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task A_group_claim_raises_a_warning_on_its_own()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Filing);
        await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Citizen, Disputes, Claim(workers: 12));

        await RunWarningJobAsync(host);

        var warnings = await host.GetAsync(Callers.Rsj, "/api/governance/labour-warnings");
        Assert.Equal(1, warnings.GetProperty("count").GetInt64());
        Assert.Equal(["GroupClaim"], warnings.GetProperty("items")[0].GetProperty("triggers").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task After_the_award_a_court_referral_goes_through_the_green_channel_stages_to_closed_with_overdue_stages_chased()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Filing);
        var id = (await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Citizen, Disputes, Claim())).GetProperty("id").GetGuid();
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{Disputes}/{id}/accept");
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{Disputes}/{id}/award", new { outcome = "PartlyUpheld", awardedAmount = 20_000m, summary = "部分支持。" });

        // Monday 9 November: the firm sues (诉讼衔接); 快立 is due 3 working days later, at the end of Thursday 12 November.
        host.Clock!.SetUtcNow(new DateTimeOffset(2026, 11, 9, 9, 0, 0, China).ToUniversalTime());
        var referred = await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{Disputes}/{id}/court-referral",
            new { route = "Litigation", courtName = "泉州市洛江区人民法院", liaisonOfficer = "陈联络" });
        Assert.Equal("InCourt", referred.GetProperty("status").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 13, 0, 0, 0, China), referred.GetProperty("courtStageDueAt").GetDateTimeOffset());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%LabourDisputeHandedToCourt%'"));

        // Out of order: judged before registered.
        var (outOfOrder, problem) = await host.PostAsync(Callers.Rsj, $"{Disputes}/{id}/court-stages", new { stage = "Judged" });
        Assert.Equal(HttpStatusCode.Conflict, outOfOrder);
        Assert.Equal("Referred", problem.GetProperty("currentStage").GetString());

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 13, 9, 0, 0, China).ToUniversalTime());
        await host.Replicas[0].Services.RunScheduledJobOnceAsync<SupervisionJob, GovernanceContext>();
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.labour_dispute_reminders WHERE kind = 'CourtStageOverdue'"));

        foreach (var stage in new[] { "Registered", "Judged", "Enforced", "Concluded" })
        {
            await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{Disputes}/{id}/court-stages", new { stage });
        }
        var closed = await host.GetAsync(Callers.Rsj, $"{Disputes}/{id}");
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal("CourtConcluded", closed.GetProperty("closure").GetString());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%LabourDisputeClosed%'"));
        Assert.Equal(4, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE action = 'labour-dispute.court-stage' AND resource_id = '{id}'"));
    }

    [Fact]
    public async Task An_award_not_performed_by_its_due_date_is_chased_once_and_performance_closes_the_dispute()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Filing);
        var id = (await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Citizen, Disputes, Claim())).GetProperty("id").GetGuid();
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{Disputes}/{id}/accept");
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{Disputes}/{id}/award", new { outcome = "Upheld", awardedAmount = 36_000m, summary = "支持。" });

        host.Clock!.SetUtcNow(new DateTimeOffset(2026, 12, 4, 9, 0, 0, China).ToUniversalTime());
        await host.Replicas[0].Services.RunScheduledJobOnceAsync<SupervisionJob, GovernanceContext>();
        await host.Replicas[0].Services.RunScheduledJobOnceAsync<SupervisionJob, GovernanceContext>();
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.labour_dispute_reminders WHERE kind = 'PerformanceOverdue'"));

        var performed = await host.ExpectAsync(HttpStatusCode.OK, Callers.Rsj, $"{Disputes}/{id}/performed", new { note = "企业已足额支付。" });
        Assert.Equal("Closed", performed.GetProperty("status").GetString());
        Assert.Equal("Performed", performed.GetProperty("closure").GetString());
        var (again, _) = await host.PostAsync(Callers.Rsj, $"{Disputes}/{id}/performed", new { note = "再次" });
        Assert.Equal(HttpStatusCode.Conflict, again);
    }

    private static Task RunWarningJobAsync(GovernanceHost host) =>
        host.Replicas[0].Services.RunScheduledJobOnceAsync<LabourEarlyWarningJob, GovernanceContext>();
}
