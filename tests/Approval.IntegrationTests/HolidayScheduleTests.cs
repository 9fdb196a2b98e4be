using System.Net;
using Approval.IntegrationTests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using static Approval.IntegrationTests.Infrastructure.ApprovalApp;

namespace Approval.IntegrationTests;

/// <summary>
/// The clock runs in 2027, provisional until the zone administration loads the year's State Council schedule: once it
/// arrives (<see cref="HolidayScheduleConfirmed"/>), open deadlines are counted again with its dates, 调休 included.
/// </summary>
[Collection(ApprovalServersCollection.Name)]
public sealed class HolidayScheduleTests(PlatformServersFixture servers)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_task_due_in_the_provisional_year_moves_when_the_schedule_with_a_make_up_working_day_is_confirmed()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        await app.WalkToApprovalAsync(project, "FGJ-01-01", TestCaller.FirmA);
        var id = TaskId(project, "FGJ-02-01");
        await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{id}/submit", new { materials = RequiredMaterials(project, "FGJ-02-01") }, HttpStatusCode.OK);
        var accepted = await app.PostAsync(OfficerFgj, $"/api/approval/tasks/{id}/accept", null, HttpStatusCode.OK);
        // Accepted Mon 1 Mar 2027: 15 working days are 2–5, 8–12, 15–19 and 22 Mar, so the limit runs out at 00:00 CST on 23 Mar.
        Assert.Equal(new DateTimeOffset(2027, 3, 23, 0, 0, 0, China), accepted.GetProperty("dueAt").GetDateTimeOffset());
        Assert.True(accepted.GetProperty("provisional").GetBoolean());

        // A test schedule whose 春节 make-up Saturday (6 Mar) falls inside the clock: the 15th working day becomes Fri 19 Mar.
        var bus = app.Host.Services.GetRequiredService<IBus>();
        await bus.Publish(new HolidayScheduleConfirmed(2027, "测试用 2027 年节假日安排",
        [
            new ScheduledHoliday("元旦", [new DateOnly(2027, 1, 1)], []),
            new ScheduledHoliday("春节", [.. Enumerable.Range(5, 7).Select(day => new DateOnly(2027, 2, day))], [new DateOnly(2027, 3, 6)]),
            new ScheduledHoliday("清明节", [new DateOnly(2027, 4, 5)], []),
        ]));

        // The stored deadline and its event commit together; the view counts with the host's calendar, which may move a moment earlier.
        await Eventually.MatchesAsync(() => app.OutboxCountAsync("TaskDeadlineChanged", "taskId", id),
            n => n == 1, TimeSpan.FromSeconds(60), "the moved deadline to be published");
        var moved = new DateTimeOffset(2027, 3, 20, 0, 0, 0, China);
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM approval.tasks WHERE id = '{id}' AND due_at = '{moved.UtcDateTime:yyyy-MM-dd HH:mm:ss}+00'"));
        var task = await app.GetAsync(OfficerFgj, $"/api/approval/tasks/{id}");
        Assert.Equal(moved, task.GetProperty("dueAt").GetDateTimeOffset());
        Assert.False(task.GetProperty("provisional").GetBoolean());
        Assert.Equal(1, await app.ScalarAsync($"SELECT count(*) FROM approval.audit_records WHERE action = 'task.deadline-recomputed' AND resource_id = '{id}'"));
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM approval.holiday_schedules WHERE year = 2027"));
    }
}
