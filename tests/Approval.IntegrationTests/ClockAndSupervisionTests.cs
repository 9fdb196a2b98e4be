using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Jobs;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Scheduling;
using Approval.IntegrationTests.Infrastructure;
using static Approval.IntegrationTests.Infrastructure.ApprovalApp;

namespace Approval.IntegrationTests;

[Collection(ApprovalServersCollection.Name)]
public sealed class ClockAndSupervisionTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_submission_unanswered_for_5_working_days_is_deemed_accepted_by_the_clock_job()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var id = TaskId(project, "FGJ-01-01");
        var submitted = await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{id}/submit", new { materials = RequiredMaterials(project, "FGJ-01-01") }, HttpStatusCode.OK);
        var deemedAt = submitted.GetProperty("deemedAcceptanceAt").GetDateTimeOffset();
        // Mon 1 Mar 2027 09:00 CST: 2–5 and 8 Mar are the 5 working days → 00:00 CST on Tue 9 Mar.
        Assert.Equal(new DateTimeOffset(2027, 3, 9, 0, 0, 0, TimeSpan.FromHours(8)), deemedAt);

        app.Time.SetUtcNow(deemedAt.AddMinutes(-1));
        Assert.True(await app.Host.Services.RunScheduledJobOnceAsync<ApprovalClockJob, ApprovalContext>());
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM approval.tasks WHERE deemed_accepted"));

        app.Time.SetUtcNow(deemedAt);
        Assert.True(await app.Host.Services.RunScheduledJobOnceAsync<ApprovalClockJob, ApprovalContext>());

        var task = await app.GetAsync(OfficerFgj, $"/api/approval/tasks/{id}");
        Assert.Equal("Accepted", task.GetProperty("status").GetString());
        Assert.True(task.GetProperty("deemedAccepted").GetBoolean());
        Assert.Equal(submitted.GetProperty("submittedAt").GetDateTimeOffset(), task.GetProperty("acceptedAt").GetDateTimeOffset());
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM approval.timeline WHERE task_id = '{id}' AND action = 'task.deemed-accepted'"));
        var late = await app.PostAsync(OfficerFgj, $"/api/approval/tasks/{id}/request-correction", new { missingMaterials = new[] { "项目基本情况说明" } }, HttpStatusCode.Conflict);
        Assert.Equal("Accepted", late.GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task An_overdue_task_publishes_exactly_one_ApprovalTaskOverdue_with_two_replicas_and_shows_the_supervision_closure()
    {
        // Two replicas on one database, both running the clock job every 100 ms, plus concurrent on-demand rounds.
        await using var app = await StartAsync(servers, replicas: 2, jobInterval: "00:00:00.100");
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var id = TaskId(project, "FGJ-01-01");
        await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{id}/submit", new { materials = RequiredMaterials(project, "FGJ-01-01") }, HttpStatusCode.OK);
        await app.PostAsync(OfficerFgj, $"/api/approval/tasks/{id}/accept", null, HttpStatusCode.OK);
        var reviewing = await app.PostAsync(OfficerFgj, $"/api/approval/tasks/{id}/start-review", null, HttpStatusCode.OK);
        Assert.False(reviewing.GetProperty("overdue").GetBoolean());

        app.Time.SetUtcNow(reviewing.GetProperty("dueAt").GetDateTimeOffset().AddHours(1));
        var rounds = Enumerable.Range(0, 4).SelectMany(_ => app.Replicas.Select(r => r.Services.RunScheduledJobOnceAsync<ApprovalClockJob, ApprovalContext>()));
        var unlocked = app.Replicas.Select(async r =>
        {
            // Bypassing the advisory lock: the row version alone must still stop a second event.
            await using var scope = r.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ApprovalClockJob>().RunAsync(CancellationToken.None);
        });
        await Task.WhenAll([.. rounds, .. unlocked]);
        await Eventually.MatchesAsync(() => app.ScalarAsync($"SELECT count(*) FROM approval.tasks WHERE id = '{id}' AND overdue_notified_at IS NOT NULL"),
            n => n == 1, TimeSpan.FromSeconds(10), "the overdue mark");
        await Eventually.MatchesAsync(() => app.ScalarAsync("SELECT count(*) FROM approval.outbox_messages WHERE sent_at IS NULL"),
            n => n == 0, TimeSpan.FromSeconds(30), "the overdue event to reach the broker");

        Assert.Equal(1, await app.OutboxCountAsync("ApprovalTaskOverdue"));
        Assert.Equal(1, await app.OutboxCountAsync("ApprovalTaskOverdue", "taskId", id));
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM approval.timeline WHERE task_id = '{id}' AND action = 'task.overdue'"));
        var overdue = await app.GetAsync(OfficerFgj, $"/api/approval/tasks?overdue=true");
        Assert.Equal(id, Assert.Single(overdue.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        // Governance opens a 督办 case naming the task and later concludes it; the closure shows on the task.
        await WaitForConsumerQueueAsync(app);
        var bus = app.Host.Services.GetRequiredService<IBus>();
        var caseId = Guid.NewGuid();
        var projectId = project.GetProperty("project").GetProperty("id").GetGuid();
        await bus.Publish(new CaseFiled(caseId, "GD20270312000007", "ServiceEvent", "EFF-SUP", "审批超时督办：企业投资项目备案", TestTokens.FirmACreditCode,
            SupervisedProjectId: projectId, SupervisedTaskId: id));
        await Eventually.MatchesAsync(() => app.ScalarAsync($"SELECT count(*) FROM approval.tasks WHERE id = '{id}' AND supervision_case_id = '{caseId}'"),
            n => n == 1, TimeSpan.FromSeconds(30), "the supervision case linked to the task");
        await bus.Publish(new SupervisionConcluded(caseId, "GD20270312000007", projectId, id, "FGJ", "发改局已于当日办结备案并说明超期原因"));
        await Eventually.MatchesAsync(() => app.ScalarAsync($"SELECT count(*) FROM approval.tasks WHERE id = '{id}' AND supervision_closed_at IS NOT NULL"),
            n => n == 1, TimeSpan.FromSeconds(30), "the supervision closure on the task");
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM approval.timeline WHERE task_id = '{id}' AND action = 'task.supervision-closed'"));

        var task = await app.GetAsync(TestCaller.FirmA, $"/api/approval/tasks/{id}");
        var supervision = task.GetProperty("supervision");
        Assert.Equal("GD20270312000007", supervision.GetProperty("caseNumber").GetString());
        Assert.Contains("已于当日办结", supervision.GetProperty("resolution").GetString());
    }

    [Fact]
    public async Task A_citizen_case_whose_title_contains_an_overdue_task_id_does_not_touch_the_task()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var id = TaskId(project, "FGJ-01-01");
        await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{id}/submit", new { materials = RequiredMaterials(project, "FGJ-01-01") }, HttpStatusCode.OK);
        await app.PostAsync(OfficerFgj, $"/api/approval/tasks/{id}/accept", null, HttpStatusCode.OK);
        var reviewing = await app.PostAsync(OfficerFgj, $"/api/approval/tasks/{id}/start-review", null, HttpStatusCode.OK);
        app.Time.SetUtcNow(reviewing.GetProperty("dueAt").GetDateTimeOffset().AddHours(1));
        Assert.True(await app.Host.Services.RunScheduledJobOnceAsync<ApprovalClockJob, ApprovalContext>());
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM approval.tasks WHERE id = '{id}' AND overdue_notified_at IS NOT NULL"));

        await WaitForConsumerQueueAsync(app, "approval-case-filed");
        var bus = app.Host.Services.GetRequiredService<IBus>();
        var caseId = Guid.NewGuid();
        var title = $"投诉：审批拖延（任务 {id}）";
        var filed = new CaseFiled(caseId, "GD20270312000008", "Hotline", "EFF-SUP", title, TestTokens.FirmACreditCode);
        await bus.Publish(filed);
        await bus.Publish(new CaseClosed(caseId, "GD20270312000008", "EFF-SUP", title, "已答复投诉人", TestTokens.FirmACreditCode));
        await Eventually.MatchesAsync(() => app.ScalarAsync($"SELECT count(*) FROM approval.inbox_messages WHERE event_id = '{filed.EventId}'"),
            n => n == 1, TimeSpan.FromSeconds(30), "the citizen case's CaseFiled consumed");

        Assert.Equal(0, await app.ScalarAsync($"SELECT count(*) FROM approval.tasks WHERE id = '{id}' AND (supervision_case_id IS NOT NULL OR supervision_closed_at IS NOT NULL)"));
        Assert.Equal(0, await app.ScalarAsync($"SELECT count(*) FROM approval.timeline WHERE task_id = '{id}' AND action LIKE 'task.supervision-%'"));
    }

    [Fact]
    public async Task A_suspended_task_is_not_reported_overdue_and_the_prediction_shows_how_the_last_transition_moved_it()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var projectId = project.GetProperty("project").GetProperty("id").GetGuid();
        var id = TaskId(project, "ZRJ-01-01");
        await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{id}/submit", new { materials = RequiredMaterials(project, "ZRJ-01-01") }, HttpStatusCode.OK);
        await app.PostAsync(OfficerZrj, $"/api/approval/tasks/{id}/accept", null, HttpStatusCode.OK);
        await app.PostAsync(OfficerZrj, $"/api/approval/tasks/{id}/start-review", null, HttpStatusCode.OK);
        app.Time.Advance(TimeSpan.FromDays(7));
        await app.PostAsync(OfficerZrj, $"/api/approval/tasks/{id}/suspend", new { kind = "Hearing", reason = "组织听证" }, HttpStatusCode.OK);
        app.Time.Advance(TimeSpan.FromDays(60));

        Assert.True(await app.Host.Services.RunScheduledJobOnceAsync<ApprovalClockJob, ApprovalContext>());
        Assert.Equal(0, await app.OutboxCountAsync("ApprovalTaskOverdue"));

        var resumed = await app.PostAsync(OfficerZrj, $"/api/approval/tasks/{id}/resume", null, HttpStatusCode.OK);
        Assert.False(resumed.GetProperty("overdue").GetBoolean());
        var prediction = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}/prediction");
        Assert.Equal("ZRJ-01-01", prediction.GetProperty("criticalPath")[0].GetProperty("subItemCode").GetString());
        // The 60-day hearing pushed groundbreaking out by about as much.
        Assert.True(prediction.GetProperty("lastTransitionShiftDays").GetInt32() >= 55, prediction.GetRawText());
    }

    private static async Task WaitForConsumerQueueAsync(ApprovalApp app, params string[] queues)
    {
        string[] expected = queues.Length > 0 ? queues : ["approval-case-filed", "approval-supervision-concluded"];
        using var client = app.Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<Program>.OperatorKey);
        await Eventually.MatchesAsync(
            async () => await client.GetStringAsync("/ops/messaging/error-queues"),
            body => expected.All(queue => body.Contains(queue, StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30), "the approval consumer endpoints to start");
    }
}
