using System.Net;
using System.Text.Json;
using Approval.IntegrationTests.Infrastructure;
using Qingmeng.ServiceDefaults.Calendar;
using static Approval.IntegrationTests.Infrastructure.ApprovalApp;

namespace Approval.IntegrationTests;

[Collection(ApprovalServersCollection.Name)]
public sealed class MaterialsAndResubmissionTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task Submitting_two_of_three_required_materials_is_refused_naming_the_missing_one_and_every_view_lists_it()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var projectId = project.GetProperty("project").GetProperty("id").GetGuid();
        var id = TaskId(project, "FGJ-01-01");
        var materials = RequiredMaterials(project, "FGJ-01-01");
        Assert.Equal(3, materials.Length);

        var partial = await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{id}/submit", new { materials = materials[..2] }, HttpStatusCode.UnprocessableEntity);

        Assert.Equal("materials", partial.GetProperty("field").GetString());
        Assert.Equal([materials[2]], partial.GetProperty("errors").GetProperty("materials").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("缺少", partial.GetProperty("detail").GetString());
        Assert.Contains(materials[2], partial.GetProperty("detail").GetString());
        var task = await app.GetAsync(TestCaller.FirmA, $"/api/approval/tasks/{id}");
        Assert.Equal("Draft", task.GetProperty("status").GetString());
        Assert.Equal(materials, Strings(task.GetProperty("missingMaterials")));
        var detail = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}");
        Assert.Equal(materials, Strings(detail.GetProperty("missing").EnumerateArray().Single(m => m.GetProperty("subItemCode").GetString() == "FGJ-01-01").GetProperty("materials")));

        var complete = await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{id}/submit", new { materials }, HttpStatusCode.OK);
        Assert.Empty(complete.GetProperty("missingMaterials").EnumerateArray());
        detail = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}");
        Assert.DoesNotContain(detail.GetProperty("missing").EnumerateArray(), m => m.GetProperty("subItemCode").GetString() == "FGJ-01-01");
    }

    [Fact]
    public async Task A_rejected_gating_task_is_resubmitted_as_a_new_attempt_with_its_own_clock_and_the_project_keeps_a_prediction()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin, AgentWu);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var projectId = project.GetProperty("project").GetProperty("id").GetGuid();
        Assert.Equal(AgentLin.Subject, project.GetProperty("project").GetProperty("agentSubject").GetString());
        await app.DelegateAsync(projectId, TestCaller.FirmA);
        var id = TaskId(project, "FGJ-01-01");
        var materials = RequiredMaterials(project, "FGJ-01-01");
        var path = $"/api/approval/tasks/{id}";

        await app.PostAsync(TestCaller.FirmA, $"{path}/submit", new { materials }, HttpStatusCode.OK);
        var firstAccepted = await app.PostAsync(OfficerFgj, $"{path}/accept", null, HttpStatusCode.OK);
        await app.PostAsync(OfficerFgj, $"{path}/start-review", null, HttpStatusCode.OK);
        app.Time.Advance(TimeSpan.FromHours(3));
        var rejected = await app.PostAsync(OfficerFgj, $"{path}/reject", new { reason = "项目不符合产业准入条件" }, HttpStatusCode.OK);
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());

        // Waiting for the new application: predicted from today with the sub-item's full limit, and said so.
        var waiting = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}/prediction");
        Assert.NotEqual(JsonValueKind.Null, waiting.GetProperty("predictedGroundbreaking").ValueKind);
        Assert.Equal(["FGJ-01-01"], Strings(waiting.GetProperty("awaitingResubmission")));
        var planned = Planned(waiting, "FGJ-01-01");
        Assert.Equal("AwaitingResubmission", planned.GetProperty("basis").GetString());
        var today = ChinaTime.ToChinaDate(app.Time.GetUtcNow());
        Assert.Equal(today, DateOnly.Parse(planned.GetProperty("expectedStart").GetString()!));
        Assert.Equal(ChinaTime.ToChinaDate(WorkingDayCalendar.ChinaMainland.AddWorkingDays(app.Time.GetUtcNow(), 2)),
            DateOnly.Parse(planned.GetProperty("expectedFinish").GetString()!));
        Assert.NotEmpty(waiting.GetProperty("criticalPath").EnumerateArray());
        var detail = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}");
        Assert.NotEqual(JsonValueKind.Null, detail.GetProperty("project").GetProperty("predictedGroundbreaking").ValueKind);

        // The agent's inbox keeps the rejected task: applying again is the agent's next step.
        var inbox = await app.GetAsync(AgentLin, "/api/approval/inbox?pageSize=100");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(),
            t => t.GetProperty("id").GetGuid() == id && t.GetProperty("status").GetString() == "Rejected");

        // Only the applicant side may apply again: another firm cannot see the task, an unassigned agent neither,
        // and the deciding department may not apply for the firm.
        await app.PostAsync(TestCaller.FirmB, $"{path}/resubmit", new { materials }, HttpStatusCode.NotFound);
        await app.PostAsync(AgentWu, $"{path}/resubmit", new { materials }, HttpStatusCode.NotFound);
        await app.PostAsync(OfficerFgj, $"{path}/resubmit", new { materials }, HttpStatusCode.Forbidden);
        await app.PostAsync(TestCaller.Admin, $"{path}/resubmit", new { materials }, HttpStatusCode.Forbidden);
        var incomplete = await app.PostAsync(AgentLin, $"{path}/resubmit", new { materials = materials[..1] }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("materials", incomplete.GetProperty("field").GetString());
        // The plain submit stays the first application's: a rejected task is applied for again with resubmit.
        await app.PostAsync(AgentLin, $"{path}/submit", new { materials }, HttpStatusCode.Conflict);

        app.Time.Advance(TimeSpan.FromDays(7));
        var resubmittedAt = app.Time.GetUtcNow();
        var resubmitted = await app.PostAsync(AgentLin, $"{path}/resubmit", new { materials }, HttpStatusCode.OK);
        Assert.Equal("Submitted", resubmitted.GetProperty("status").GetString());
        Assert.Equal(2, resubmitted.GetProperty("attempt").GetInt32());
        Assert.Equal(resubmittedAt, resubmitted.GetProperty("submittedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, resubmitted.GetProperty("acceptedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, resubmitted.GetProperty("decisionReason").ValueKind);
        var earlier = Assert.Single(resubmitted.GetProperty("earlierAttempts").EnumerateArray());
        Assert.Equal(1, earlier.GetProperty("number").GetInt32());
        Assert.Equal("项目不符合产业准入条件", earlier.GetProperty("rejectionReason").GetString());
        Assert.Equal(rejected.GetProperty("submittedAt").GetDateTimeOffset(), earlier.GetProperty("submittedAt").GetDateTimeOffset());
        Assert.Equal(rejected.GetProperty("decidedAt").GetDateTimeOffset(), earlier.GetProperty("decidedAt").GetDateTimeOffset());
        Assert.Equal(firstAccepted.GetProperty("dueAt").GetDateTimeOffset(), earlier.GetProperty("dueAt").GetDateTimeOffset());

        var submittedPrediction = await app.GetAsync(AgentLin, $"/api/approval/projects/{projectId}/prediction");
        Assert.NotEqual(JsonValueKind.Null, submittedPrediction.GetProperty("predictedGroundbreaking").ValueKind);
        Assert.Empty(submittedPrediction.GetProperty("awaitingResubmission").EnumerateArray());
        Assert.Equal("AwaitingAcceptance", Planned(submittedPrediction, "FGJ-01-01").GetProperty("basis").GetString());

        // Applying again while the new attempt runs is a state conflict, explained in Chinese.
        var again = await app.PostAsync(AgentLin, $"{path}/resubmit", new { materials }, HttpStatusCode.Conflict);
        Assert.Equal("Submitted", again.GetProperty("currentState").GetString());
        Assert.Contains("不予许可", again.GetProperty("detail").GetString());

        // The new attempt has its own statutory clock, counted from its own acceptance.
        app.Time.Advance(TimeSpan.FromHours(1));
        var accepted = await app.PostAsync(OfficerFgj, $"{path}/accept", null, HttpStatusCode.OK);
        Assert.Equal(WorkingDayCalendar.ChinaMainland.AddWorkingDays(app.Time.GetUtcNow(), 2).ToUniversalTime(), accepted.GetProperty("dueAt").GetDateTimeOffset());
        Assert.True(accepted.GetProperty("dueAt").GetDateTimeOffset() > firstAccepted.GetProperty("dueAt").GetDateTimeOffset());
        var onClock = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}/prediction");
        Assert.NotEqual(JsonValueKind.Null, onClock.GetProperty("predictedGroundbreaking").ValueKind);
        Assert.Equal("OnClock", Planned(onClock, "FGJ-01-01").GetProperty("basis").GetString());

        await app.PostAsync(OfficerFgj, $"{path}/start-review", null, HttpStatusCode.OK);
        var approved = await app.PostAsync(OfficerFgj, $"{path}/approve", new { reason = "补充产业准入论证后符合条件" }, HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(2, approved.GetProperty("attempt").GetInt32());
        var done = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}/prediction");
        Assert.NotEqual(JsonValueKind.Null, done.GetProperty("predictedGroundbreaking").ValueKind);
        Assert.Equal("Decided", Planned(done, "FGJ-01-01").GetProperty("basis").GetString());
        await app.PostAsync(TestCaller.FirmA, $"{path}/resubmit", new { materials }, HttpStatusCode.Conflict);

        // The rejected attempt stays in the history: timeline, audit trail and one completion event per decision.
        var timeline = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}/timeline?pageSize=100");
        Assert.Equal(
            ["task.submitted", "task.accepted", "task.review-started", "task.rejected", "task.resubmitted", "task.accepted", "task.review-started", "task.approved"],
            timeline.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("subItemCode").GetString() == "FGJ-01-01").Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM approval.audit_records WHERE resource_id = '{id}' AND action = 'task.resubmitted'"));
        Assert.Equal(2, await app.OutboxCountAsync("ApprovalTaskCompleted", "taskId", id));
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM approval.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.ApprovalTaskCompleted,%' AND payload::jsonb->>'taskId' = '{id}' AND payload::jsonb->>'approved' = 'false'"));
    }

    private static JsonElement Planned(JsonElement prediction, string code) =>
        prediction.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("subItemCode").GetString() == code);

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
