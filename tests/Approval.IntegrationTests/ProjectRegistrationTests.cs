using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Approval.IntegrationTests.Infrastructure;
using static Approval.IntegrationTests.Infrastructure.ApprovalApp;

namespace Approval.IntegrationTests;

[Collection(ApprovalServersCollection.Name)]
public sealed class ProjectRegistrationTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_firm_registers_its_project_which_gets_the_least_loaded_agent_tasks_from_the_catalogue_and_one_ProjectRegistered()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin, AgentWu);

        var first = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var second = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子研发中心");
        var third = await app.RegisterAsync(TestCaller.Admin, "杰嘉电子二期厂房");

        Assert.Equal(AgentLin.Subject, first.GetProperty("project").GetProperty("agentSubject").GetString());
        Assert.Equal(AgentWu.Subject, second.GetProperty("project").GetProperty("agentSubject").GetString());
        Assert.Equal(AgentLin.Subject, third.GetProperty("project").GetProperty("agentSubject").GetString());
        Assert.Equal("吴帮办", second.GetProperty("project").GetProperty("agentName").GetString());
        // The catalogue's default set for a manufacturing project, each with its materials and limit.
        Assert.Equal(24, first.GetProperty("tasks").GetArrayLength());
        Assert.All(first.GetProperty("tasks").EnumerateArray(), t => Assert.Equal("Draft", t.GetProperty("status").GetString()));
        Assert.Equal(1, first.GetProperty("catalogueVersion").GetInt32());
        Assert.NotNull(first.GetProperty("prediction").GetProperty("predictedGroundbreaking").GetString());
        Assert.Equal(7, first.GetProperty("prediction").GetProperty("criticalPath").GetArrayLength());
        Assert.Equal(3, await app.OutboxCountAsync("ProjectRegistered"));
        Assert.Equal(1, await app.OutboxCountAsync("ProjectRegistered", "projectName", "杰嘉电子研发中心"));
    }

    [Fact]
    public async Task A_project_names_its_firm_as_the_firm_register_does_and_a_credit_code_unknown_to_the_register_is_422()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        using var admin = app.Client(TestCaller.Admin);
        var unregistered = Qingmeng.Approval.Infrastructure.DemoData.ApprovalDemoData.CreditCodeFor(900);
        var registeredCode = Qingmeng.Approval.Infrastructure.DemoData.ApprovalDemoData.CreditCodeFor(901);
        await app.RegisterFirmAsync(registeredCode, "泉州清濛智造科技有限公司");

        // The body names the firm otherwise; the register's name is the one kept.
        var known = await admin.PostAsJsonAsync("/api/approval/projects", ProjectBody("清濛智造一期厂房", registeredCode));
        var unknown = await admin.PostAsJsonAsync("/api/approval/projects", ProjectBody("未登记企业的项目", unregistered));

        var registered = await ExpectAsync(known, HttpStatusCode.Created);
        Assert.Equal("泉州清濛智造科技有限公司", registered.GetProperty("project").GetProperty("firmName").GetString());
        var problem = await ExpectAsync(unknown, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("creditCode", problem.GetProperty("field").GetString());
        Assert.Contains("注册企业名录", problem.GetProperty("title").GetString());
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM approval.projects"));
        Assert.Equal(1, await app.OutboxCountAsync("ProjectRegistered"));
    }

    [Fact]
    public async Task Bad_registrations_are_4xx_naming_the_field_and_write_nothing()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        using var firm = app.Client(TestCaller.FirmA);

        var badCode = await firm.PostAsJsonAsync("/api/approval/projects", ProjectBody("项目", "91350100M000100Y44"));
        var unknownSubItems = await firm.PostAsJsonAsync("/api/approval/projects", ProjectBody("项目甲", TestTokens.FirmACreditCode, ["ZJJ-04-01", "ZJJ-99-99"]));
        var twice = await firm.PostAsJsonAsync("/api/approval/projects", ProjectBody("项目乙", TestTokens.FirmACreditCode, ["ZJJ-04-01", "ZJJ-04-01"]));
        var otherFirm = await firm.PostAsJsonAsync("/api/approval/projects", ProjectBody("项目丙", TestTokens.FirmBCreditCode));
        var noName = await firm.PostAsJsonAsync("/api/approval/projects", ProjectBody("", TestTokens.FirmACreditCode));

        Assert.Contains("creditCode", (await ExpectAsync(badCode, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var unknown = await ExpectAsync(unknownSubItems, HttpStatusCode.BadRequest);
        Assert.Contains("ZJJ-99-99", unknown.GetProperty("errors").GetProperty("subItemCodes")[0].GetString());
        Assert.Contains("more than once", (await ExpectAsync(twice, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("subItemCodes")[0].GetString());
        Assert.Equal("creditCode", (await ExpectAsync(otherFirm, HttpStatusCode.Forbidden)).GetProperty("field").GetString());
        Assert.Contains("name", (await ExpectAsync(noName, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM approval.projects"));
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM approval.tasks"));
        Assert.Equal(0, await app.OutboxCountAsync("ProjectRegistered"));
    }

    [Fact]
    public async Task Registration_without_an_agent_in_the_pool_is_a_conflict_and_an_idempotency_key_returns_the_first_project()
    {
        await using var app = await StartAsync(servers);
        using var firm = app.Client(TestCaller.FirmA);

        var empty = await firm.PostAsJsonAsync("/api/approval/projects", ProjectBody("杰嘉电子智能终端生产基地", TestTokens.FirmACreditCode));
        Assert.Contains("agent", (await ExpectAsync(empty, HttpStatusCode.Conflict)).GetProperty("title").GetString());

        await app.EnrolAsync(AgentLin);
        using var request1 = new HttpRequestMessage(HttpMethod.Post, "/api/approval/projects") { Content = JsonContent.Create(ProjectBody("杰嘉电子智能终端生产基地", TestTokens.FirmACreditCode)) };
        request1.Headers.Add("Idempotency-Key", "jiejia-2027-001");
        using var request2 = new HttpRequestMessage(HttpMethod.Post, "/api/approval/projects") { Content = JsonContent.Create(ProjectBody("杰嘉电子智能终端生产基地", TestTokens.FirmACreditCode)) };
        request2.Headers.Add("Idempotency-Key", "jiejia-2027-001");
        var created = await ExpectAsync(await firm.SendAsync(request1), HttpStatusCode.Created);
        var repeated = await ExpectAsync(await firm.SendAsync(request2), HttpStatusCode.OK);

        Assert.Equal(created.GetProperty("project").GetProperty("id").GetGuid(), repeated.GetProperty("project").GetProperty("id").GetGuid());
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM approval.projects"));
    }

    [Fact]
    public async Task The_same_idempotency_key_sent_concurrently_registers_one_project_and_never_fails()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        using var firm = app.Client(TestCaller.FirmA);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/approval/projects") { Content = JsonContent.Create(ProjectBody("杰嘉电子并发登记项目", TestTokens.FirmACreditCode)) };
            request.Headers.Add("Idempotency-Key", "jiejia-concurrent-001");
            return firm.SendAsync(request);
        }));

        var answers = new List<(HttpStatusCode Status, string Body)>();
        foreach (var response in responses)
        {
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }
        Assert.True(answers.All(a => a.Status is HttpStatusCode.Created or HttpStatusCode.OK),
            string.Join(Environment.NewLine, answers.Select(a => $"{(int)a.Status} {a.Body[..Math.Min(a.Body.Length, 300)]}")));
        Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
        var ids = answers.Select(a => JsonDocument.Parse(a.Body).RootElement.GetProperty("project").GetProperty("id").GetGuid()).Distinct();
        Assert.Single(ids);
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM approval.projects"));
        Assert.Equal(1, await app.OutboxCountAsync("ProjectRegistered"));
    }

    [Fact]
    public async Task Two_firms_using_the_same_idempotency_key_each_register_their_own_project()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        using var firmA = app.Client(TestCaller.FirmA);
        using var firmB = app.Client(TestCaller.FirmB);
        using var requestA = new HttpRequestMessage(HttpMethod.Post, "/api/approval/projects") { Content = JsonContent.Create(ProjectBody("杰嘉电子项目", TestTokens.FirmACreditCode)) };
        requestA.Headers.Add("Idempotency-Key", "demo-0001");
        using var requestB = new HttpRequestMessage(HttpMethod.Post, "/api/approval/projects") { Content = JsonContent.Create(ProjectBody("路金汽车项目", TestTokens.FirmBCreditCode)) };
        requestB.Headers.Add("Idempotency-Key", "demo-0001");

        var a = await ExpectAsync(await firmA.SendAsync(requestA), HttpStatusCode.Created);
        var b = await ExpectAsync(await firmB.SendAsync(requestB), HttpStatusCode.Created);

        Assert.NotEqual(a.GetProperty("project").GetProperty("id").GetGuid(), b.GetProperty("project").GetProperty("id").GetGuid());
        Assert.Equal(2, await app.ScalarAsync("SELECT count(*) FROM approval.projects"));
    }

    [Fact]
    public async Task Only_the_firms_administrator_grants_a_delegation_and_staff_are_refused_naming_the_field()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var projectId = project.GetProperty("project").GetProperty("id").GetGuid();

        var byStaff = await app.PostAsync(TestCaller.FirmAStaff, $"/api/approval/projects/{projectId}/delegation", new { scope = "全流程代办" }, HttpStatusCode.Forbidden);

        Assert.Equal("firmAdmin", byStaff.GetProperty("field").GetString());
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM approval.delegations"));
        await app.PostAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}/delegation", new { scope = "全流程代办" }, HttpStatusCode.Created);
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM approval.delegations"));
    }

    [Fact]
    public async Task An_agent_acts_for_the_firm_only_with_its_delegation_and_a_handover_ends_it()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin, AgentWu);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var projectId = project.GetProperty("project").GetProperty("id").GetGuid();
        var filing = TaskId(project, "FGJ-01-01");
        var body = new { materials = RequiredMaterials(project, "FGJ-01-01") };

        var undelegated = await app.PostAsync(AgentLin, $"/api/approval/tasks/{filing}/submit", body, HttpStatusCode.Forbidden);
        Assert.Equal("delegation", undelegated.GetProperty("field").GetString());
        Assert.Equal("Draft", (await app.GetAsync(TestCaller.FirmA, $"/api/approval/tasks/{filing}")).GetProperty("status").GetString());

        await app.DelegateAsync(projectId, TestCaller.FirmA);
        var submitted = await app.PostAsync(AgentLin, $"/api/approval/tasks/{filing}/submit", body, HttpStatusCode.OK);
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());

        var handover = await app.PostAsync(TestCaller.Admin, $"/api/approval/projects/{projectId}/handover", new { reason = "林国栋调任招商局，项目移交吴帮办" }, HttpStatusCode.OK);
        Assert.Equal(AgentWu.Subject, handover.GetProperty("agentSubject").GetString());

        var detail = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}");
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("activeDelegation").ValueKind);
        var recorded = Assert.Single(detail.GetProperty("handovers").EnumerateArray());
        Assert.Equal(AgentLin.Subject, recorded.GetProperty("fromAgent").GetString());
        Assert.Contains("调任", recorded.GetProperty("reason").GetString());
        // The previous agent no longer sees the project; the new one must be delegated before acting.
        await app.GetAsync(AgentLin, $"/api/approval/projects/{projectId}", HttpStatusCode.NotFound);
        var other = TaskId(project, "ZRJ-01-01");
        var otherBody = new { materials = RequiredMaterials(project, "ZRJ-01-01") };
        await app.PostAsync(AgentWu, $"/api/approval/tasks/{other}/submit", otherBody, HttpStatusCode.Forbidden);
        await app.DelegateAsync(projectId, TestCaller.FirmA);
        await app.PostAsync(AgentWu, $"/api/approval/tasks/{other}/submit", otherBody, HttpStatusCode.OK);
        Assert.Equal(2, await app.ScalarAsync("SELECT count(*) FROM approval.delegations"));
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM approval.delegations WHERE ended_at IS NOT NULL"));
    }

    [Fact]
    public async Task Firm_B_never_sees_firm_A_projects_or_tasks()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var projectId = project.GetProperty("project").GetProperty("id").GetGuid();
        var task = TaskId(project, "FGJ-01-01");

        Assert.Equal(0, (await app.GetAsync(TestCaller.FirmB, "/api/approval/projects")).GetProperty("count").GetInt64());
        Assert.Equal(1, (await app.GetAsync(TestCaller.FirmA, "/api/approval/projects")).GetProperty("count").GetInt64());
        await app.GetAsync(TestCaller.FirmB, $"/api/approval/projects/{projectId}", HttpStatusCode.NotFound);
        await app.GetAsync(TestCaller.FirmB, $"/api/approval/projects/{projectId}/prediction", HttpStatusCode.NotFound);
        await app.GetAsync(TestCaller.FirmB, $"/api/approval/projects/{projectId}/timeline", HttpStatusCode.NotFound);
        await app.GetAsync(TestCaller.FirmB, $"/api/approval/tasks/{task}", HttpStatusCode.NotFound);
        await app.PostAsync(TestCaller.FirmB, $"/api/approval/tasks/{task}/submit", new { materials = RequiredMaterials(project, "FGJ-01-01") }, HttpStatusCode.NotFound);
        await app.PostAsync(TestCaller.FirmB, $"/api/approval/projects/{projectId}/delegation", new { scope = "冒名委托" }, HttpStatusCode.NotFound);
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM approval.delegations"));
    }
}
