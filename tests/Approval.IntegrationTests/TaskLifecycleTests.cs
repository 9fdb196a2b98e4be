using System.Net;
using System.Text.Json;
using Approval.IntegrationTests.Infrastructure;
using static Approval.IntegrationTests.Infrastructure.ApprovalApp;

namespace Approval.IntegrationTests;

[Collection(ApprovalServersCollection.Name)]
public sealed class TaskLifecycleTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task Every_transition_works_for_the_right_role_and_every_illegal_one_is_409_naming_the_current_state()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var id = TaskId(project, "ZRJ-01-01");
        var materials = RequiredMaterials(project, "ZRJ-01-01");
        var path = $"/api/approval/tasks/{id}";

        await app.PostAsync(TestCaller.FirmA, $"{path}/submit", new { materials }, HttpStatusCode.OK);
        // Wrong department: the task is not theirs to see. Applicant side: not theirs to decide.
        await app.PostAsync(OfficerZjj, $"{path}/accept", null, HttpStatusCode.NotFound);
        await app.PostAsync(TestCaller.FirmA, $"{path}/accept", null, HttpStatusCode.Forbidden);
        await app.PostAsync(AgentLin, $"{path}/accept", null, HttpStatusCode.Forbidden);
        await app.PostAsync(TestCaller.Admin, $"{path}/accept", null, HttpStatusCode.Forbidden);

        var correction = await app.PostAsync(OfficerZrj, $"{path}/request-correction", new { missingMaterials = new[] { materials[2], materials[3] } }, HttpStatusCode.OK);
        Assert.Equal("CorrectionRequested", correction.GetProperty("status").GetString());
        Assert.Equal([materials[2], materials[3]], correction.GetProperty("missingMaterials").EnumerateArray().Select(m => m.GetString()));
        var detail = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{project.GetProperty("project").GetProperty("id").GetGuid()}");
        Assert.Contains(detail.GetProperty("missing").EnumerateArray(), m => m.GetProperty("subItemCode").GetString() == "ZRJ-01-01"
            && m.GetProperty("materials").GetArrayLength() == 2);

        await Conflict(app, OfficerZrj, $"{path}/request-correction", new { missingMaterials = new[] { materials[0] } }, "CorrectionRequested");
        await Conflict(app, OfficerZrj, $"{path}/accept", null, "CorrectionRequested");
        var partial = await app.PostAsync(TestCaller.FirmA, $"{path}/submit", new { materials = new[] { materials[2] } }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("materials", partial.GetProperty("field").GetString());
        await app.PostAsync(TestCaller.FirmA, $"{path}/submit", new { materials = new[] { materials[2], materials[3] } }, HttpStatusCode.OK);
        var second = await Conflict(app, OfficerZrj, $"{path}/request-correction", new { missingMaterials = new[] { materials[0] } }, "Submitted");
        Assert.Contains("一次性告知", second.GetProperty("detail").GetString());

        var accepted = await app.PostAsync(OfficerZrj, $"{path}/accept", null, HttpStatusCode.OK);
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, accepted.GetProperty("dueAt").ValueKind);
        await Conflict(app, OfficerZrj, $"{path}/accept", null, "Accepted");
        await Conflict(app, OfficerZrj, $"{path}/approve", new { }, "Accepted");
        await Conflict(app, TestCaller.FirmA, $"{path}/submit", new { materials }, "Accepted");

        await app.PostAsync(OfficerZrj, $"{path}/start-review", null, HttpStatusCode.OK);
        var suspended = await app.PostAsync(OfficerZrj, $"{path}/suspend", new { kind = "ExpertReview", reason = "组织选址论证专家评审" }, HttpStatusCode.OK);
        Assert.Equal("Suspended", suspended.GetProperty("status").GetString());
        await Conflict(app, OfficerZrj, $"{path}/approve", new { }, "Suspended");
        app.Time.Advance(TimeSpan.FromDays(3));
        var resumed = await app.PostAsync(OfficerZrj, $"{path}/resume", null, HttpStatusCode.OK);
        Assert.True(resumed.GetProperty("dueAt").GetDateTimeOffset() > accepted.GetProperty("dueAt").GetDateTimeOffset());
        var extended = await app.PostAsync(OfficerZrj, $"{path}/extend", new { reason = "涉及生态保护红线核查，经局长批准延长" }, HttpStatusCode.OK);
        Assert.Equal(10, extended.GetProperty("extensionDays").GetInt32());
        Assert.Equal(OfficerZrj.Name, extended.GetProperty("extensionApprovedBy").GetString());
        await Conflict(app, OfficerZrj, $"{path}/extend", new { reason = "再次延长" }, "UnderReview");
        var noReason = await app.PostAsync(OfficerZrj, $"{path}/reject", new { }, HttpStatusCode.BadRequest);
        Assert.Contains("reason", noReason.GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var approved = await app.PostAsync(OfficerZrj, $"{path}/approve", new { reason = "符合国土空间规划" }, HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.True(approved.GetProperty("workingDaysUsed").GetInt32() >= 0);
        await Conflict(app, OfficerZrj, $"{path}/reject", new { reason = "撤销" }, "Approved");

        Assert.Equal(1, await app.OutboxCountAsync("ApprovalTaskCompleted", "taskId", id));
        var timeline = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{project.GetProperty("project").GetProperty("id").GetGuid()}/timeline?pageSize=100");
        Assert.Equal(
            ["task.submitted", "task.correction-requested", "task.submitted", "task.accepted", "task.review-started", "task.suspended", "task.resumed", "task.extended", "task.approved"],
            timeline.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("subItemCode").GetString() == "ZRJ-01-01").Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(9, await app.ScalarAsync($"SELECT count(*) FROM approval.audit_records WHERE resource_id = '{id}'"));
    }

    [Fact]
    public async Task Out_of_order_submissions_and_materials_listed_twice_are_refused_and_nothing_is_written()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var before = await app.ScalarAsync("SELECT count(*) FROM approval.timeline");
        var planning = TaskId(project, "ZRJ-02-01");
        var landPreview = TaskId(project, "ZRJ-01-01");
        var materials = RequiredMaterials(project, "ZRJ-01-01");

        var early = await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{planning}/submit", new { materials = RequiredMaterials(project, "ZRJ-02-01") }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("prerequisites", early.GetProperty("field").GetString());
        Assert.Equal(["ZRJ-01-01"], early.GetProperty("errors").GetProperty("prerequisites").EnumerateArray().Select(e => e.GetString()));
        var twice = await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{landPreview}/submit", new { materials = new[] { materials[0], materials[0] } }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("materials", twice.GetProperty("field").GetString());
        var unknown = await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{landPreview}/submit", new { materials = new[] { "法人身份证复印件" } }, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("法人身份证复印件", unknown.GetProperty("detail").GetString());
        var none = await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{landPreview}/submit", new { materials = Array.Empty<string>() }, HttpStatusCode.BadRequest);
        Assert.Contains("materials", none.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{Guid.NewGuid()}/submit", new { materials }, HttpStatusCode.NotFound);

        Assert.Equal(before, await app.ScalarAsync("SELECT count(*) FROM approval.timeline"));
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM approval.tasks WHERE status <> 'Draft'"));
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM approval.audit_records WHERE action LIKE 'task.%'"));
    }

    [Fact]
    public async Task Walking_every_gating_sub_item_makes_the_project_ready_for_construction_once()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var projectId = project.GetProperty("project").GetProperty("id").GetGuid();
        await app.DelegateAsync(projectId, TestCaller.FirmA);
        var tasks = project.GetProperty("tasks").EnumerateArray()
            .Where(t => t.GetProperty("gatesGroundbreaking").GetBoolean())
            .ToDictionary(t => t.GetProperty("subItemCode").GetString()!, t => t.GetProperty("prerequisites").EnumerateArray().Select(p => p.GetString()!).ToArray());
        var all = project.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("subItemCode").GetString()!).ToHashSet();
        var approved = new HashSet<string>();
        var initial = project.GetProperty("prediction").GetProperty("predictedGroundbreaking").GetString();

        while (approved.Count < tasks.Count)
        {
            var next = tasks.First(t => !approved.Contains(t.Key) && t.Value.All(p => !all.Contains(p) || approved.Contains(p))).Key;
            // The delegated agent carries the project: it submits, the department decides.
            await app.WalkToApprovalAsync(project, next, AgentLin);
            approved.Add(next);
            var current = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}");
            Assert.Equal(approved.Count == tasks.Count ? "ReadyForConstruction" : "Active", current.GetProperty("project").GetProperty("status").GetString());
        }

        var ready = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}/prediction");
        Assert.True(ready.GetProperty("ready").GetBoolean());
        Assert.Empty(ready.GetProperty("criticalPath").EnumerateArray());
        Assert.NotEqual(initial, ready.GetProperty("predictedGroundbreaking").GetString());
        Assert.NotEqual(JsonValueKind.Null, ready.GetProperty("readyOn").ValueKind);
        Assert.Equal(1, await app.OutboxCountAsync("ProjectReadyForConstruction", "projectId", projectId));
        Assert.Equal(tasks.Count, await app.OutboxCountAsync("ApprovalTaskCompleted", "projectId", projectId));
        // A completion-stage task afterwards does not raise the milestone again.
        await app.WalkToApprovalAsync(project, "ZRJ-03-03", AgentLin);
        Assert.Equal(1, await app.OutboxCountAsync("ProjectReadyForConstruction", "projectId", projectId));
        await Eventually.MatchesAsync(() => app.ScalarAsync("SELECT count(*) FROM approval.outbox_messages WHERE sent_at IS NULL"), n => n == 0, TimeSpan.FromSeconds(30), "every event to reach the broker");
    }

    [Fact]
    public async Task Officers_accepting_one_task_at_once_one_wins_and_the_others_are_409_naming_the_state_it_left()
    {
        await using var app = await StartAsync(servers, replicas: 2);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var id = TaskId(project, "ZRJ-01-01");
        await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{id}/submit", new { materials = RequiredMaterials(project, "ZRJ-01-01") }, HttpStatusCode.OK);

        // Refused either by the rule (read after the winner committed) or by the row version (read before): the same answer.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var client = app.Client(OfficerZrj, replica: i % 2);
            using var response = await client.PostAsync($"/api/approval/tasks/{id}/accept", null);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Assert.Equal("Accepted", JsonDocument.Parse(r.Body).RootElement.GetProperty("currentState").GetString());
        });
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM approval.timeline WHERE task_id = '{id}' AND action = 'task.accepted'"));
    }

    private static async Task<JsonElement> Conflict(ApprovalApp app, TestCaller caller, string path, object? body, string currentState)
    {
        var problem = await app.PostAsync(caller, path, body, HttpStatusCode.Conflict);
        Assert.Equal(currentState, problem.GetProperty("currentState").GetString());
        Assert.Contains($"is {currentState}", problem.GetProperty("detail").GetString());
        return problem;
    }
}
