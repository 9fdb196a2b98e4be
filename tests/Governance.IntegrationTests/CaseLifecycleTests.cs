using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.IntegrationTests;

[Collection(GovernanceServersCollection.Name)]
public sealed class CaseLifecycleTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_co_handled_case_goes_round_the_whole_loop_with_every_step_audited_and_its_events_in_the_outbox()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var filed = await host.FileAsync(new
        {
            channel = "CadreFirmVisit", moduleCode = "CONSTRUCT", serviceCode = "CONSTRUCT-01", title = "百名干部进企业：厂房竣工验收排期",
            description = "企业反映新厂房竣工验收排期较长，影响投产。", creditCode = TestTokens.FirmACreditCode,
        }, TestCaller.Dispatcher);
        var id = filed.GetProperty("id").GetGuid();
        var path = $"/api/governance/cases/{id}";

        var dispatched = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/dispatch",
            new { leadDepartmentCode = "ZJJ", coHandlerDepartmentCodes = new[] { "ZRJ" } });
        Assert.Equal("Dispatched", dispatched.GetProperty("status").GetString());
        Assert.True(dispatched.TryGetProperty("signForDueAt", out var due) && due.ValueKind == JsonValueKind.String);

        // Both departments see it in their inbox; the lead signs for it and writes a progress note.
        Assert.Equal(1, (await host.GetAsync(Callers.Zjj, "/api/governance/cases/inbox")).GetProperty("count").GetInt64());
        Assert.Equal(1, (await host.GetAsync(Callers.Zrj, "/api/governance/cases/inbox")).GetProperty("count").GetInt64());
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/sign-for");
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/notes", new { text = "已联系企业，约定下周三现场验收。" });

        // The lead closes first: the case waits for the co-handler, whose report closes it.
        var leadClosed = await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/complete", new { resolution = "已组织联合验收，企业取得竣工验收备案。" });
        Assert.Equal("AwaitingCoHandlers", leadClosed.GetProperty("status").GetString());
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CaseClosed%'"));
        var closed = await host.ExpectAsync(HttpStatusCode.OK, Callers.Zrj, $"{path}/co-handler-report", new { text = "规划核实已完成。" });
        Assert.Equal("Closed", closed.GetProperty("status").GetString());

        // An unsatisfied follow-up reopens it; the lead handles it again; a satisfied follow-up completes the loop.
        var reopened = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.HotlineSystem, $"{path}/follow-up", new { satisfied = false, comment = "备案证明尚未收到。" });
        Assert.Equal("InProgress", reopened.GetProperty("status").GetString());
        Assert.Equal(1, reopened.GetProperty("reopenCount").GetInt32());
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zrj, $"{path}/co-handler-report", new { text = "已补发规划核实意见。" });
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/complete", new { resolution = "备案证明已送达企业。" });
        var done = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/follow-up", new { satisfied = true, comment = "企业表示满意。" });
        Assert.Equal("FollowedUp", done.GetProperty("status").GetString());

        var trail = await host.GetAsync(TestCaller.Admin, $"/api/governance/audit?resourceType=case&resourceId={id}&pageSize=50");
        var actions = trail.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("action").GetString()).Reverse().ToList();
        Assert.Equal(
            ["case.filed", "case.dispatched", "case.signed-for", "case.note-added", "case.completed", "case.co-handler-reported",
             "case.reopened", "case.co-handler-reported", "case.completed", "case.followed-up"],
            actions);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CaseFiled%'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CaseDispatched%'"));
        Assert.Equal(2, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CaseClosed%'"));
        await Eventually.MatchesAsync(() => host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE sent_at IS NULL"),
            unsent => unsent == 0, TimeSpan.FromSeconds(30), "every event published");

        var timeline = await host.GetAsync(Callers.Zjj, $"{path}/timeline");
        Assert.Contains(timeline.GetProperty("entries").EnumerateArray(), e => e.GetProperty("kind").GetString() == "FollowUpUnsatisfied");
    }

    [Fact]
    public async Task A_return_carries_its_coded_reason_and_the_centre_re_dispatches_to_another_department()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var id = await host.FileSimpleAsync();
        var path = $"/api/governance/cases/{id}";
        // Before dispatching, the dispatcher sees the advice: no history yet, so the module's default department at its limit.
        var advice = await host.GetAsync(TestCaller.Dispatcher, $"{path}/dispatch-recommendation");
        Assert.Equal("ZJJ", advice.GetProperty("recommendedDepartmentCode").GetString());
        Assert.Equal(15, advice.GetProperty("predictedWorkingDays").GetInt32());
        using (var firm = host.Client(TestCaller.FirmA))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await firm.GetAsync($"{path}/dispatch-recommendation")).StatusCode);
        }
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/dispatch", new { leadDepartmentCode = "ZJJ" });

        var returned = await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/return", new { reasonCode = "NotOurResponsibility", note = "夜间施工噪声属城管执法职责。" });
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        // The returning department no longer sees it; the new lead does.
        Assert.Equal(0, (await host.GetAsync(Callers.Zjj, "/api/governance/cases/inbox")).GetProperty("count").GetInt64());
        var redispatched = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/dispatch", new { leadDepartmentCode = "ZRJ" });

        Assert.Equal("ZRJ", redispatched.GetProperty("leadDepartmentCode").GetString());
        Assert.Equal(1, redispatched.GetProperty("returnCount").GetInt32());
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.case_dispatches WHERE case_id = '{id}' AND return_reason = 'NotOurResponsibility'"));
    }

    [Fact]
    public async Task A_second_case_on_the_same_place_and_category_is_linked_to_the_first_not_dropped()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var first = await host.FileSimpleAsync(place: "清濛大道 88 号");
        var second = await host.FileAsync(new
        {
            channel = "App", moduleCode = "CONSTRUCT", title = "工地夜间噪声", description = "另一位居民反映同一工地。", place = "清濛大道88号",
        }, TestCaller.Citizen);
        var elsewhere = await host.FileAsync(new
        {
            channel = "App", moduleCode = "CONSTRUCT", title = "另一个工地", description = "不同地点。", place = "紫山路 1 号",
        }, TestCaller.Citizen);

        Assert.Equal(first, second.GetProperty("duplicateOfCaseId").GetGuid());
        Assert.Equal("Accepted", second.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, elsewhere.GetProperty("duplicateOfCaseId").ValueKind);
        Assert.Equal(3, await host.ScalarAsync("SELECT count(*) FROM governance.cases"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'case.linked-duplicate'"));
    }

    [Fact]
    public async Task The_catalogue_lists_17_modules_with_service_codes_and_limits()
    {
        await using var host = await GovernanceHost.StartAsync(servers);

        var modules = await host.GetAsync(TestCaller.Citizen, "/api/governance/modules");

        Assert.Equal(17, modules.GetArrayLength());
        var safety = modules.EnumerateArray().Single(m => m.GetProperty("code").GetString() == "SAFE-PROD");
        Assert.Equal("安全生产", safety.GetProperty("name").GetString());
        Assert.Equal("AJJ", safety.GetProperty("defaultDepartmentCode").GetString());
        Assert.Equal(5, safety.GetProperty("completionWorkingDays").GetInt32());
        Assert.NotEmpty(safety.GetProperty("services").EnumerateArray());
    }

    [Fact]
    public async Task An_extension_request_is_answered_201_with_the_extension_and_its_location()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var id = await host.FileSimpleAsync();
        var path = $"/api/governance/cases/{id}";
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/dispatch", new { leadDepartmentCode = "ZJJ" });
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/sign-for");
        using var zjj = host.Client(Callers.Zjj);

        var response = await zjj.PostAsJsonAsync($"{path}/extensions", new { workingDays = 5, reason = "需等待第三方检测报告。" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var extension = await response.Content.ReadFromJsonAsync<JsonElement>();
        var extensionId = extension.GetProperty("id").GetGuid();
        Assert.Equal("Pending", extension.GetProperty("status").GetString());
        Assert.Equal(5, extension.GetProperty("workingDays").GetInt32());
        Assert.Equal("需等待第三方检测报告。", extension.GetProperty("reason").GetString());
        Assert.Equal($"{path}/extensions/{extensionId}", response.Headers.Location?.OriginalString);
        var read = await host.GetAsync(Callers.Zjj, response.Headers.Location!.OriginalString);
        Assert.Equal(extensionId, read.GetProperty("id").GetGuid());
        var approved = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/extensions/{extensionId}/approve");
        Assert.Equal("InProgress", approved.GetProperty("status").GetString());
        Assert.Equal("Approved", (await host.GetAsync(TestCaller.Dispatcher, $"{path}/extensions/{extensionId}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_timeline_starts_with_the_filing_and_shows_the_lead_closing_while_a_co_handler_has_yet_to_report()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var id = await host.FileSimpleAsync();
        var path = $"/api/governance/cases/{id}";
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"{path}/dispatch", new { leadDepartmentCode = "ZJJ", coHandlerDepartmentCodes = new[] { "ZRJ" } });
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/sign-for");
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/complete", new { resolution = "已责令工地夜间停工。" });

        var waiting = await host.GetAsync(Callers.Zjj, $"{path}/timeline");
        var kinds = waiting.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Filed", "Dispatched", "SignedFor", "LeadCompleted"], kinds);
        var filed = waiting.GetProperty("entries")[0];
        Assert.Equal(TestCaller.Dispatcher.Subject, filed.GetProperty("author").GetString());
        Assert.Contains("受理", filed.GetProperty("text").GetString());
        Assert.Contains("ZRJ", waiting.GetProperty("entries")[3].GetProperty("text").GetString());
        Assert.DoesNotContain("Closed", kinds);

        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zrj, $"{path}/co-handler-report", new { text = "规划条件核实无误。" });
        var closed = await host.GetAsync(Callers.Zjj, $"{path}/timeline");
        Assert.Equal(["Filed", "Dispatched", "SignedFor", "LeadCompleted", "CoHandlerReported", "Closed"],
            closed.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList());
    }
}
