using System.Net;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Governance.Jobs;

namespace Governance.IntegrationTests;

/// <summary>政企沟通: 领导干部联系企业 (one cadre, one plan per firm), visit records, and meetings whose issues become cases.</summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class EngagementTests(PlatformServersFixture servers)
{
    private const string Engagement = "/api/governance/engagement";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly TestCaller Cadre = new("cadre-jfj", "林挂钩", [PlatformRoles.DepartmentOfficer], DepartmentCode: "JFJ");
    private static readonly TestCaller OtherCadre = new("cadre-zjj", "王挂钩", [PlatformRoles.DepartmentOfficer], DepartmentCode: "ZJJ");

    /// <summary>Monday 2 November 2026, 09:00 in China.</summary>
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, China);

    private static object Assignment(string creditCode) => new
    {
        cadreSubject = Cadre.Subject, cadreName = Cadre.Name, cadreDepartmentCode = "JFJ", creditCode,
        plan = "一企一策：协调新厂房用电增容，跟踪技改项目备案。",
    };

    [Fact]
    public async Task A_cadre_is_assigned_a_firm_once_records_a_visit_and_the_issue_raised_becomes_a_case()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Start);
        var assigned = await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Dispatcher, $"{Engagement}/assignments", Assignment(TestTokens.FirmACreditCode));
        var id = assigned.GetProperty("id").GetGuid();
        var (again, problem) = await host.PostAsync(TestCaller.Dispatcher, $"{Engagement}/assignments", Assignment(TestTokens.FirmACreditCode));
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal("creditCode", problem.GetProperty("field").GetString());

        var (notHis, _) = await host.PostAsync(OtherCadre, $"{Engagement}/assignments/{id}/visits", new { visitedAt = Start, matters = "走访" });
        var (future, futureProblem) = await host.PostAsync(Cadre, $"{Engagement}/assignments/{id}/visits", new { visitedAt = Start.AddDays(1), matters = "走访" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future);
        Assert.Equal("visitedAt", futureProblem.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, notHis);
        host.Clock!.Advance(TimeSpan.FromHours(2));
        var visit = await host.ExpectAsync(HttpStatusCode.Created, Cadre, $"{Engagement}/assignments/{id}/visits", new
        {
            visitedAt = Start.AddHours(1), matters = "了解生产经营情况，企业反映新厂房用电增容进展慢。",
            issues = new[] { new { title = "新厂房用电增容", description = "新厂房 2000kVA 增容申请已提交两个月未批复。" } },
        });
        var issue = Assert.Single(visit.GetProperty("issues").EnumerateArray().ToList());
        Assert.StartsWith("GD", issue.GetProperty("caseNumber").GetString());
        Assert.Equal("Accepted", issue.GetProperty("caseStatus").GetString());
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.cases WHERE channel = 'CadreFirmVisit' AND credit_code = '{TestTokens.FirmACreditCode}'"));

        var mine = await host.GetAsync(TestCaller.FirmA, $"{Engagement}/assignments");
        Assert.Equal(1, mine.GetProperty("count").GetInt64());
        Assert.Equal(0, (await host.GetAsync(TestCaller.FirmB, $"{Engagement}/assignments")).GetProperty("count").GetInt64());
        var (firmVisits, _) = await host.PostAsync(TestCaller.FirmA, $"{Engagement}/assignments/{id}/visits", new { visitedAt = Start, matters = "自己走访自己" });
        Assert.Equal(HttpStatusCode.Forbidden, firmVisits);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%FirmVisitRecorded%'"));
        Assert.Equal(2, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE resource_type LIKE 'engagement%'"));
    }

    [Fact]
    public async Task A_meeting_turns_each_issue_raised_into_a_case_and_shows_the_cases_progress()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Start);
        var meeting = await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Dispatcher, $"{Engagement}/meetings", new
        {
            kind = "DifficultiesConsultation", title = "企业困难问题会商会（11月）", heldAt = Start,
            issues = new[]
            {
                new { creditCode = TestTokens.FirmACreditCode, title = "招工难", description = "春节后一线普工缺口 80 人。", moduleCode = (string?)"ECON-RUN", serviceCode = (string?)"ECON-RUN-02" },
                new { creditCode = TestTokens.FirmBCreditCode, title = "厂区道路积水", description = "雨天厂区门口道路积水严重。", moduleCode = (string?)null, serviceCode = (string?)null },
            },
        });
        var id = meeting.GetProperty("id").GetGuid();
        var issues = meeting.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(2, issues.Count);
        Assert.Equal(2, await host.ScalarAsync("SELECT count(*) FROM governance.cases WHERE channel = 'GovernmentFirmMeeting'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.cases WHERE channel = 'GovernmentFirmMeeting' AND module_code = 'ENT-SERVICE' AND service_code = 'ENT-SERVICE-02'"));

        // Dispatched like any other case: the meeting shows where each issue stands.
        var caseId = issues[0].GetProperty("caseId").GetGuid();
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{caseId}/dispatch", new { leadDepartmentCode = "JFJ" });
        var shown = await host.GetAsync(TestCaller.Dispatcher, $"{Engagement}/meetings/{id}");
        Assert.Equal("Dispatched", shown.GetProperty("issues")[0].GetProperty("caseStatus").GetString());
        Assert.Equal(2, shown.GetProperty("openIssues").GetInt32());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%FirmMeetingHeld%'"));

        var (empty, problem) = await host.PostAsync(TestCaller.Dispatcher, $"{Engagement}/meetings", new { kind = "MealMeeting", title = "早餐会", heldAt = Start, issues = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.True(problem.GetProperty("errors").TryGetProperty("issues", out _), problem.ToString());
        var (firm, _) = await host.PostAsync(TestCaller.FirmA, $"{Engagement}/meetings", new { kind = "MealMeeting", title = "早餐会", heldAt = Start });
        Assert.Equal(HttpStatusCode.Forbidden, firm);
    }

    [Fact]
    public async Task An_assigned_firm_not_visited_within_the_period_is_flagged_once_with_two_replicas_racing_and_again_after_the_next_miss()
    {
        await using var host = await GovernanceHost.StartAsync(servers, replicas: 2, fakeNow: Start, extraSettings: new Dictionary<string, string>
        {
            ["Governance:CadreVisitPeriod"] = "30.00:00:00",
        });
        var id = (await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Dispatcher, $"{Engagement}/assignments", Assignment(TestTokens.FirmACreditCode)))
            .GetProperty("id").GetGuid();

        host.Clock!.Advance(TimeSpan.FromDays(29));
        await RoundOnBothAsync(host);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CadreVisitOverdue%'"));

        host.Clock.Advance(TimeSpan.FromDays(2));
        await RoundOnBothAsync(host);
        await RoundOnBothAsync(host);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CadreVisitOverdue%'"));
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.audit_records WHERE action = 'engagement.visit-overdue' AND resource_id = '{id}'"));
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.notification_messages WHERE recipient = '{Cadre.Subject}' AND category = 'cadre-visit-supervision'"));
        Assert.True((await host.GetAsync(Cadre, $"{Engagement}/assignments?overdue=true")).GetProperty("items")[0].GetProperty("visitOverdue").GetBoolean());

        // The visit moves the due date 30 days on; missing that one is flagged again.
        await host.ExpectAsync(HttpStatusCode.Created, Cadre, $"{Engagement}/assignments/{id}/visits", new { visitedAt = host.Clock.GetUtcNow(), matters = "补走访。" });
        await RoundOnBothAsync(host);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CadreVisitOverdue%'"));
        host.Clock.Advance(TimeSpan.FromDays(31));
        await RoundOnBothAsync(host);
        Assert.Equal(2, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CadreVisitOverdue%'"));
        var summary = await host.GetAsync(TestCaller.Dispatcher, $"{Engagement}/summary");
        Assert.Equal(1, summary.GetProperty("visits").GetInt32());
        Assert.Equal(1, summary.GetProperty("assignmentsVisitOverdue").GetInt32());
    }

    private static async Task RoundOnBothAsync(GovernanceHost host) =>
        await Task.WhenAll(host.Replicas.Select(r => r.Services.RunScheduledJobOnceAsync<CadreVisitJob, GovernanceContext>()));
}
