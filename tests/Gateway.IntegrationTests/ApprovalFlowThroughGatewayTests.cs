using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.IntegrationTests;

/// <summary>帮代办 end to end: every sub-item walked to approval by the right people, and the milestone reaching policy-match.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ApprovalFlowThroughGatewayTests(PlatformFixture platform)
{
    private const string FirmCreditCode = "91350503MA33RK6N3U";

    [Fact]
    public async Task A_project_walked_to_groundbreaking_becomes_a_fact_in_the_firms_policy_profile()
    {
        using var agent = await platform.ClientForAsync("agent.lin");
        using var firm = await platform.ClientForAsync("lujin.admin");
        var officers = new Dictionary<string, HttpClient>();

        // The agent joins the pool, the firm registers its project and delegates it (委托代办).
        await GatewayCalls.ExpectAsync(await agent.PostAsync("/api/approval/agents/me", null), HttpStatusCode.OK, HttpStatusCode.Created);
        var registered = await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync("/api/approval/projects", new
        {
            name = "路金汽车精密零部件扩产项目 " + Guid.NewGuid().ToString("N")[..6],
            creditCode = FirmCreditCode,
            firmName = "福建路金汽车精密零部件有限公司",
            investmentAmount = 320_000_000m,
            landLocation = "清濛经济技术开发区 德泰路东侧",
            landAreaMu = 56.5m,
            industryCode = "C36",
            isKeyProject = true,
        }), HttpStatusCode.Created);
        var projectId = registered.GetProperty("project").GetProperty("id").GetGuid();
        await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync($"/api/approval/projects/{projectId}/delegation", new { scope = "全程代办项目审批事项" }),
            HttpStatusCode.OK, HttpStatusCode.Created);

        // Walk the dependency graph: every task whose prerequisites are approved is submitted, and an
        // officer of that task's department accepts, reviews and approves it.
        for (var round = 0; round < 40; round++)
        {
            var project = await GatewayCalls.ExpectAsync(await agent.GetAsync($"/api/approval/projects/{projectId}"), HttpStatusCode.OK);
            var tasks = project.GetProperty("tasks").EnumerateArray().ToList();
            var approved = tasks.Where(t => t.GetProperty("status").GetString() == "Approved").Select(t => t.GetProperty("subItemCode").GetString()).ToHashSet();
            var ready = tasks.Where(t => t.GetProperty("status").GetString() == "Draft" &&
                t.GetProperty("prerequisites").EnumerateArray().All(p => approved.Contains(p.GetString()))).ToList();
            if (ready.Count == 0)
            {
                break;
            }
            foreach (var task in ready)
            {
                var id = task.GetProperty("id").GetGuid();
                var materials = task.GetProperty("requiredMaterials").EnumerateArray().Select(m => m.GetString()).ToArray();
                var department = task.GetProperty("departmentCode").GetString()!;
                if (!officers.TryGetValue(department, out var officer))
                {
                    officer = officers[department] = await platform.ClientForAsync($"officer.{department.ToLowerInvariant()}");
                }
                // The firm may submit for itself; its agent could equally do so under the delegation.
                await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync($"/api/approval/tasks/{id}/submit", new { materials }), HttpStatusCode.OK);
                await GatewayCalls.ExpectAsync(await officer.PostAsync($"/api/approval/tasks/{id}/accept", null), HttpStatusCode.OK);
                await GatewayCalls.ExpectAsync(await officer.PostAsync($"/api/approval/tasks/{id}/start-review", null), HttpStatusCode.OK);
                await GatewayCalls.ExpectAsync(await officer.PostAsJsonAsync($"/api/approval/tasks/{id}/approve", new { reason = "材料齐全，符合法定条件，准予许可。" }), HttpStatusCode.OK);
            }
        }

        var prediction = await GatewayCalls.ExpectAsync(await firm.GetAsync($"/api/approval/projects/{projectId}/prediction"), HttpStatusCode.OK);
        Assert.True(prediction.GetProperty("ready").GetBoolean(), prediction.ToString());

        // ProjectReadyForConstruction: approval's outbox → RabbitMQ → policy-match's inbox → the firm's profile.
        var fact = await GatewayCalls.WaitForProfileFactAsync(firm, "projectsReadyForConstruction",
            f => f.GetProperty("reference").GetString() == projectId.ToString(), $"from project {projectId}");
        Assert.Equal("approval:ProjectReadyForConstruction", fact.GetProperty("source").GetString());
        foreach (var officer in officers.Values)
        {
            officer.Dispose();
        }
    }
}
