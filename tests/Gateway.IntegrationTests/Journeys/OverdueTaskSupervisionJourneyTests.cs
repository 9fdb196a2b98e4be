using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Qingmeng.Testing.Hosting;

namespace Gateway.IntegrationTests.Journeys;

/// <summary>
/// A firm registers a project → its 帮代办 agent handles it → the task goes overdue → governance opens a 督办 case and
/// dispatches it to the task's department → the department closes it → approval records the supervision as concluded
/// (SupervisionConcluded). Every step goes through the gateway with the demo accounts; the facts travel as events only.
/// </summary>
/// <remarks>
/// Overdue means two working days after acceptance here. Rather than wait, the test moves the "now" of approval's clock
/// job — that job alone, through a file the platform fixture hands to approval in the Testing environment — past the
/// task's deadline, and puts it back once the job has reported the task. The API, the consumers and token checks keep
/// the real clock, and the fixture runs the job every two seconds.
/// </remarks>
[Collection(PlatformCollection.Name)]
public sealed class OverdueTaskSupervisionJourneyTests(PlatformFixture platform)
{
    private const string FirmCreditCode = "91350500MA31GJ8K73";
    // 企业投资项目备案 (发展和改革局): no prerequisites, two working days.
    private const string SubItemCode = "FGJ-01-01";

    [Fact]
    public async Task An_overdue_task_is_supervised_by_its_department_and_approval_records_the_supervision_as_concluded()
    {
        using var firm = await platform.ClientForAsync("jiejia.admin");
        using var agent = await platform.ClientForAsync("agent.lin");
        using var department = await platform.ClientForAsync("officer.fgj");

        // The firm registers the project and delegates it; the agent of the pool submits, 发改局 accepts: the clock runs.
        await GatewayCalls.ExpectAsync(await agent.PostAsync("/api/approval/agents/me", null), HttpStatusCode.OK, HttpStatusCode.Created);
        var registered = await GatewayCalls.ExpectAsync(await firm.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/approval/projects")
        {
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString("N") } },
            Content = JsonContent.Create(new
            {
                name = "杰嘉电子智能传感器产线技改项目 " + Guid.NewGuid().ToString("N")[..6],
                creditCode = FirmCreditCode,
                firmName = "泉州杰嘉电子有限公司",
                investmentAmount = 45_000_000m,
                landLocation = "清濛经济技术开发区崇宏街1号（原厂区内）",
                landAreaMu = 12.5m,
                industryCode = "C39",
                isKeyProject = false,
                subItemCodes = new[] { SubItemCode },
            }),
        }), HttpStatusCode.Created, HttpStatusCode.OK);
        var projectId = registered.GetProperty("project").GetProperty("id").GetGuid();
        var task = registered.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("subItemCode").GetString() == SubItemCode);
        var taskId = task.GetProperty("id").GetGuid();
        await GatewayCalls.ExpectAsync(await firm.PostAsJsonAsync($"/api/approval/projects/{projectId}/delegation", new { scope = "委托办理项目备案" }),
            HttpStatusCode.OK, HttpStatusCode.Created);
        var materials = task.GetProperty("requiredMaterials").EnumerateArray().Select(m => m.GetString()).ToArray();
        await GatewayCalls.ExpectAsync(await agent.PostAsJsonAsync($"/api/approval/tasks/{taskId}/submit", new { materials }), HttpStatusCode.OK);
        var accepted = await GatewayCalls.ExpectAsync(await department.PostAsync($"/api/approval/tasks/{taskId}/accept", null), HttpStatusCode.OK);
        var dueAt = accepted.GetProperty("dueAt").GetDateTimeOffset();

        // The deadline passes for the clock job (ApprovalTaskOverdue); governance files and dispatches the 督办 case, which
        // approval links to the task (CaseFiled).
        JsonElement supervised;
        try
        {
            await platform.MoveApprovalClockJobAsync(dueAt - DateTimeOffset.UtcNow + TimeSpan.FromMinutes(10));
            supervised = await Eventually.MatchesAsync(() => TaskAsync(agent, taskId),
                t => t.GetProperty("overdueNotifiedAt").ValueKind != JsonValueKind.Null, JourneyCalls.EventTimeout, "the clock job to report the task");
        }
        finally
        {
            await platform.MoveApprovalClockJobAsync(TimeSpan.Zero);
        }
        supervised = await Eventually.MatchesAsync(() => TaskAsync(agent, taskId),
            t => t.GetProperty("supervision").ValueKind == JsonValueKind.Object && t.GetProperty("supervision").GetProperty("caseNumber").ValueKind == JsonValueKind.String,
            JourneyCalls.EventTimeout, "approval to learn the supervision case");
        var caseNumber = supervised.GetProperty("supervision").GetProperty("caseNumber").GetString()!;
        var caseId = supervised.GetProperty("supervision").GetProperty("caseId").GetGuid();

        // The case is 发改局's: a 效能督查 case dispatched to it. It signs for it and closes it (CaseClosed, SupervisionConcluded).
        var supervision = await GatewayCalls.ExpectAsync(await department.GetAsync($"/api/governance/cases/{caseId}"), HttpStatusCode.OK);
        Assert.Equal(("EFF-SUP", "FGJ", "Dispatched", caseNumber), (supervision.GetProperty("moduleCode").GetString(),
            supervision.GetProperty("leadDepartmentCode").GetString(), supervision.GetProperty("status").GetString(), supervision.GetProperty("number").GetString()));
        const string resolution = "已约谈承办科室，备案手续已当日办结，并纳入效能考核。";
        await GatewayCalls.ExpectAsync(await department.PostAsync($"/api/governance/cases/{caseId}/sign-for", null), HttpStatusCode.OK);
        var closed = await GatewayCalls.ExpectAsync(await department.PostAsJsonAsync($"/api/governance/cases/{caseId}/complete", new { resolution }), HttpStatusCode.OK);
        Assert.Equal("Closed", closed.GetProperty("status").GetString());

        // Approval records the supervision as concluded on the task and its timeline.
        var concluded = await Eventually.MatchesAsync(() => TaskAsync(agent, taskId),
            t => t.GetProperty("supervision").GetProperty("closedAt").ValueKind != JsonValueKind.Null, JourneyCalls.EventTimeout,
            "approval to record the supervision as concluded");
        Assert.Equal(caseNumber, concluded.GetProperty("supervision").GetProperty("caseNumber").GetString());
        Assert.Equal(caseId, concluded.GetProperty("supervision").GetProperty("caseId").GetGuid());
        Assert.Equal(resolution, concluded.GetProperty("supervision").GetProperty("resolution").GetString());
        var timeline = await GatewayCalls.ExpectAsync(await firm.GetAsync($"/api/approval/projects/{projectId}/timeline?pageSize=100"), HttpStatusCode.OK);
        var actions = timeline.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("task.overdue", actions);
        Assert.Contains("task.supervision-closed", actions);
        var governanceCase = await GatewayCalls.ExpectAsync(await department.GetAsync($"/api/governance/cases/{caseId}"), HttpStatusCode.OK);
        Assert.Equal(("Closed", resolution), (governanceCase.GetProperty("status").GetString(), governanceCase.GetProperty("resolution").GetString()));
    }

    private static async Task<JsonElement> TaskAsync(HttpClient reader, Guid taskId) =>
        await GatewayCalls.ExpectAsync(await reader.GetAsync($"/api/approval/tasks/{taskId}"), HttpStatusCode.OK);
}
