using System.Net;
using Approval.IntegrationTests.Infrastructure;
using static Approval.IntegrationTests.Infrastructure.ApprovalApp;

namespace Approval.IntegrationTests;

/// <summary>
/// The clock here runs in 2027, a year whose holiday schedule the State Council has not published in the calendar data:
/// every deadline and prediction says it is provisional, so nobody mistakes a computed date for a confirmed one.
/// </summary>
[Collection(ApprovalServersCollection.Name)]
public sealed class ProvisionalDeadlineTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task Deadlines_and_the_prediction_in_an_unconfirmed_year_say_they_are_provisional()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var id = TaskId(project, "FGJ-01-01");

        var submitted = await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{id}/submit", new { materials = RequiredMaterials(project, "FGJ-01-01") }, HttpStatusCode.OK);
        await app.PostAsync(OfficerFgj, $"/api/approval/tasks/{id}/accept", null, HttpStatusCode.OK);
        var reviewing = await app.GetAsync(OfficerFgj, $"/api/approval/tasks/{id}");
        var detail = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{project.GetProperty("project").GetProperty("id").GetGuid()}");

        Assert.True(submitted.GetProperty("provisional").GetBoolean());
        Assert.Equal(2027, reviewing.GetProperty("dueAt").GetDateTimeOffset().Year);
        Assert.True(reviewing.GetProperty("provisional").GetBoolean());
        Assert.True(detail.GetProperty("prediction").GetProperty("provisional").GetBoolean());
        Assert.True(detail.GetProperty("project").GetProperty("provisional").GetBoolean());
    }
}
