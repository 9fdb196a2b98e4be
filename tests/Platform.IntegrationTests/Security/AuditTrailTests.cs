using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Security;

[Collection(PlatformServersCollection.Name)]
public sealed class AuditTrailTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task Filing_and_closing_are_audited_with_who_what_when_and_trace_and_admins_can_read_them()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        var (id, _) = await pipeline.FileCaseAsync(0, TestCaller.FirmA);
        await pipeline.CloseCaseAsync(id);
        using var admin = pipeline.GovernanceClientFor(TestCaller.Admin);

        var trail = await admin.GetFromJsonAsync<JsonElement>($"/api/governance/audit?resourceType=case&resourceId={id}");

        var records = trail.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(("case.closed", "dispatcher-1", "dispatcher"), Who(records[0]));
        Assert.Equal(("case.filed", "firm-a-admin", "firm"), Who(records[1]));
        Assert.All(records, r => Assert.Matches("^[0-9a-f]{32}$", r.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task The_audit_table_refuses_updates_and_deletes()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        await pipeline.FileCaseAsync(0, TestCaller.Dispatcher);

        var update = await Assert.ThrowsAsync<PostgresException>(() =>
            servers.ExecuteAsync(pipeline.GovernanceDb, "UPDATE governance.audit_records SET subject = 'someone-else'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() =>
            servers.ExecuteAsync(pipeline.GovernanceDb, "DELETE FROM governance.audit_records"));

        Assert.Contains("append-only", update.MessageText);
        Assert.Contains("append-only", delete.MessageText);
        Assert.Equal(1, await servers.ScalarAsync(pipeline.GovernanceDb, "SELECT count(*) FROM governance.audit_records WHERE subject = 'dispatcher-1'"));
    }

    [Fact]
    public async Task Non_admins_cannot_read_the_audit_trail()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        using var dispatcher = pipeline.GovernanceClientFor(TestCaller.Dispatcher);

        Assert.Equal(HttpStatusCode.Forbidden, (await dispatcher.GetAsync("/api/governance/audit")).StatusCode);
    }

    private static (string Action, string Subject, string Role) Who(JsonElement record) =>
        (record.GetProperty("action").GetString()!, record.GetProperty("subject").GetString()!, record.GetProperty("role").GetString()!);
}
