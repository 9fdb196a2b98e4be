using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Contracts;
using Qingmeng.Contracts.ReferenceData;

namespace Governance.IntegrationTests;

[Collection(GovernanceServersCollection.Name)]
public sealed class SupervisionCaseTests(PlatformServersFixture servers)
{
    private static ApprovalTaskOverdue Overdue(Guid taskId) => new(
        Guid.NewGuid(), taskId, "JS-SGXK", "建筑工程施工许可", "ZJJ", TestTokens.FirmACreditCode,
        new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.FromHours(8)));

    [Fact]
    public async Task An_overdue_approval_task_opens_one_dispatched_supervision_case_however_often_it_arrives()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        await WaitForConsumerAsync(host);
        var bus = host.Primary.Services.GetRequiredService<IBus>();
        var taskId = Guid.NewGuid();
        var overdue = Overdue(taskId);

        await bus.Publish(overdue);
        await bus.Publish(overdue); // redelivery: the same event id
        await bus.Publish(overdue with { EventId = Guid.NewGuid() }); // published again by a confused producer: the same task

        await Eventually.MatchesAsync(() => host.ScalarAsync("SELECT count(*) FROM governance.inbox_messages WHERE consumer = 'ApprovalTaskOverdueConsumer'"),
            handled => handled >= 2, TimeSpan.FromSeconds(30), "both distinct events consumed");
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.cases"));
        var supervision = (await host.GetAsync(Callers.Zjj, "/api/governance/cases/inbox")).GetProperty("items")[0];
        Assert.Equal("EFF-SUP", supervision.GetProperty("moduleCode").GetString());
        Assert.Equal("ServiceEvent", supervision.GetProperty("channel").GetString());
        Assert.Equal("Dispatched", supervision.GetProperty("status").GetString());
        Assert.Contains("建筑工程施工许可", supervision.GetProperty("title").GetString());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CaseDispatched%'"));
        Assert.Equal(1, await host.ScalarAsync(
            $"SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CaseFiled%' AND payload->>'supervisedTaskId' = '{taskId}' AND payload->>'supervisedProjectId' = '{overdue.ProjectId}'"));

        // Its closure tells the approval service which task the supervision concerned.
        var path = $"/api/governance/cases/{supervision.GetProperty("id").GetGuid()}";
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/sign-for");
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"{path}/complete", new { resolution = "已召开专题会，施工许可次日核发。" });
        Assert.Equal(1, await host.ScalarAsync(
            $"SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%SupervisionConcluded%' AND payload::text LIKE '%{taskId}%'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CaseClosed%'"));
    }

    [Theory]
    [InlineData(DepartmentCatalogue.DevelopmentAndReform)]
    [InlineData(DepartmentCatalogue.NaturalResources)]
    [InlineData(DepartmentCatalogue.EcologyAndEnvironment)]
    [InlineData(DepartmentCatalogue.HousingAndConstruction)]
    [InlineData(DepartmentCatalogue.EmergencyManagement)]
    public async Task An_overdue_task_of_each_approval_department_is_dispatched_to_that_department(string departmentCode)
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        await WaitForConsumerAsync(host);
        var bus = host.Primary.Services.GetRequiredService<IBus>();

        await bus.Publish(Overdue(Guid.NewGuid()) with { DepartmentCode = departmentCode });

        await Eventually.MatchesAsync(() => host.ScalarAsync("SELECT count(*) FROM governance.inbox_messages WHERE consumer = 'ApprovalTaskOverdueConsumer'"),
            handled => handled == 1, TimeSpan.FromSeconds(30), "the overdue event consumed");
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM governance.cases WHERE lead_department_code = '{departmentCode}'"));
        Assert.Equal(1, await host.ScalarAsync(
            $"SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CaseDispatched%' AND payload->>'leadDepartmentCode' = '{departmentCode}'"));
    }

    private static async Task WaitForConsumerAsync(GovernanceHost host)
    {
        using var client = host.Primary.CreateClient();
        client.DefaultRequestHeaders.Add("X-Operator-Key", ServiceHost<Program>.OperatorKey);
        await Eventually.MatchesAsync(
            async () => await client.GetStringAsync("/ops/messaging/error-queues"),
            body => body.Contains("approval-task-overdue", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the governance consumer endpoint to start");
    }
}
