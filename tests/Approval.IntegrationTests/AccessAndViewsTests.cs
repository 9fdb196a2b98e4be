using System.Net;
using System.Net.Http.Json;
using Approval.IntegrationTests.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using static Approval.IntegrationTests.Infrastructure.ApprovalApp;

namespace Approval.IntegrationTests;

[Collection(ApprovalServersCollection.Name)]
public sealed class AccessAndViewsTests(PlatformServersFixture servers)
{
    private static readonly string[] Operators = [PlatformRoles.Firm, PlatformRoles.Agent, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    /// <summary>Who may read what: every list endpoint × every role, and no token at all.</summary>
    private static readonly (string Path, string[] Allowed)[] Reads =
    [
        ("/api/approval/catalogue", [.. PlatformRoles.All]),
        ("/api/approval/catalogue/versions", [.. PlatformRoles.All]),
        ("/api/approval/projects", Operators),
        ("/api/approval/tasks", Operators),
        ("/api/approval/inbox", [PlatformRoles.Agent]),
        ("/api/approval/portfolio", [PlatformRoles.Admin]),
        ("/api/approval/metrics", [PlatformRoles.DepartmentOfficer, PlatformRoles.Admin]),
        ("/api/approval/agents", [PlatformRoles.Admin]),
        ("/api/approval/land-sites", [PlatformRoles.Agent, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin]),
        ("/api/approval/land-sites/summary", [PlatformRoles.Agent, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin]),
    ];

    [Fact]
    public async Task Every_read_endpoint_answers_each_role_as_its_access_rules_say()
    {
        await using var app = await StartAsync(servers);
        var mismatches = new List<string>();
        foreach (var (path, allowed) in Reads)
        {
            using var anonymous = app.Anonymous();
            if ((await anonymous.GetAsync(path)).StatusCode != HttpStatusCode.Unauthorized)
            {
                mismatches.Add($"anonymous {path}");
            }
            foreach (var (role, caller) in TestCaller.ByRole)
            {
                using var client = app.Client(caller);
                var status = (await client.GetAsync(path)).StatusCode;
                var expected = allowed.Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
                if (status != expected)
                {
                    mismatches.Add($"{role} {path}: {(int)status}, expected {(int)expected}");
                }
            }
        }
        Assert.Empty(mismatches);

        // Writes: the applicant side, the deciding side and the maintainers are kept apart.
        await app.PostAsync(TestCaller.Citizen, "/api/approval/projects", ProjectBody("项目", TestTokens.FirmACreditCode), HttpStatusCode.Forbidden);
        await app.PostAsync(TestCaller.BankOfficer, "/api/approval/projects", ProjectBody("项目", TestTokens.FirmACreditCode), HttpStatusCode.Forbidden);
        await app.PostAsync(TestCaller.FirmA, "/api/approval/agents/me", null, HttpStatusCode.Forbidden);
        await app.PostAsync(TestCaller.DepartmentOfficer, $"/api/approval/tasks/{Guid.NewGuid()}/submit", new { materials = new[] { "申请表" } }, HttpStatusCode.Forbidden);
        await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{Guid.NewGuid()}/approve", new { }, HttpStatusCode.Forbidden);
        await app.PostAsync(TestCaller.Agent, $"/api/approval/projects/{Guid.NewGuid()}/delegation", new { scope = "自我委托" }, HttpStatusCode.Forbidden);
        await app.PostAsync(TestCaller.FirmA, $"/api/approval/projects/{Guid.NewGuid()}/handover", new { reason = "换人" }, HttpStatusCode.Forbidden);
        Assert.Equal(0, await app.ScalarAsync("SELECT count(*) FROM approval.projects"));
    }

    [Fact]
    public async Task Each_role_sees_its_own_view_firm_projects_agent_inbox_by_deadline_officer_department_admin_portfolio()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var project = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        await app.RegisterAsync(TestCaller.Admin, "路金汽车精密零部件生产基地", creditCode: TestTokens.FirmBCreditCode);
        var projectId = project.GetProperty("project").GetProperty("id").GetGuid();
        await app.DelegateAsync(projectId, TestCaller.FirmA);
        // Two tasks on the clock with different limits: the 2-day filing is due before the 20-day land preview.
        foreach (var code in new[] { "ZRJ-01-01", "FGJ-01-01" })
        {
            var id = TaskId(project, code);
            await app.PostAsync(AgentLin, $"/api/approval/tasks/{id}/submit", new { materials = RequiredMaterials(project, code) }, HttpStatusCode.OK);
            await app.PostAsync(OfficerOf(code), $"/api/approval/tasks/{id}/accept", null, HttpStatusCode.OK);
        }

        var inbox = await app.GetAsync(AgentLin, "/api/approval/inbox?pageSize=5");
        Assert.Equal(48, inbox.GetProperty("count").GetInt64());
        Assert.Equal(["FGJ-01-01", "ZRJ-01-01"], inbox.GetProperty("items").EnumerateArray().Take(2).Select(t => t.GetProperty("subItemCode").GetString()));
        Assert.Equal(5, inbox.GetProperty("items").GetArrayLength());

        var zrj = await app.GetAsync(OfficerZrj, "/api/approval/tasks?pageSize=100");
        Assert.All(zrj.GetProperty("items").EnumerateArray(), t => Assert.Equal("ZRJ", t.GetProperty("departmentCode").GetString()));
        Assert.Equal(16, zrj.GetProperty("count").GetInt64());
        var accepted = await app.GetAsync(OfficerZrj, "/api/approval/tasks?status=Accepted");
        Assert.Equal("ZRJ-01-01", Assert.Single(accepted.GetProperty("items").EnumerateArray()).GetProperty("subItemCode").GetString());
        Assert.Equal(2, (await app.GetAsync(OfficerZrj, "/api/approval/projects")).GetProperty("count").GetInt64());

        var firmList = await app.GetAsync(TestCaller.FirmA, "/api/approval/projects?search=杰嘉");
        Assert.Equal(1, firmList.GetProperty("count").GetInt64());
        var detail = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}");
        Assert.Equal(AgentLin.Name, detail.GetProperty("project").GetProperty("agentName").GetString());
        Assert.Equal(AgentLin.Subject, detail.GetProperty("activeDelegation").GetProperty("agentSubject").GetString());

        var portfolio = await app.GetAsync(TestCaller.Admin, "/api/approval/portfolio");
        Assert.Equal(2, portfolio.GetProperty("projects").GetInt32());
        Assert.Equal(2, portfolio.GetProperty("keyProjects").GetInt32());
        Assert.Equal(2, portfolio.GetProperty("projectsByStage").GetProperty("ProjectAndLand").GetInt32());
        Assert.Equal(2, portfolio.GetProperty("tasksByStatus").GetProperty("Accepted").GetInt32());
        var agents = await app.GetAsync(TestCaller.Admin, "/api/approval/agents");
        Assert.Equal(2, Assert.Single(agents.GetProperty("items").EnumerateArray()).GetProperty("activeProjects").GetInt32());
    }

    [Fact]
    public async Task A_catalogue_change_publishes_a_new_version_that_running_projects_do_not_see()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var catalogue = await app.GetAsync(TestCaller.FirmA, "/api/approval/catalogue");
        Assert.Equal(1, catalogue.GetProperty("version").GetInt32());
        Assert.Equal(5, catalogue.GetProperty("catalogue").GetProperty("departments").GetArrayLength());
        Assert.Equal(16, catalogue.GetProperty("catalogue").GetProperty("items").GetArrayLength());
        Assert.Equal(35, catalogue.GetProperty("catalogue").GetProperty("subItems").GetArrayLength());
        var running = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");

        await app.PutAsync(OfficerZrj, "/api/approval/catalogue/sub-items/ZJJ-04-01", new { limitWorkingDays = 5, note = "越权修改" }, HttpStatusCode.Forbidden);
        await app.PutAsync(TestCaller.FirmA, "/api/approval/catalogue/sub-items/ZJJ-04-01", new { limitWorkingDays = 5, note = "企业修改" }, HttpStatusCode.Forbidden);
        await app.PutAsync(OfficerZjj, "/api/approval/catalogue/sub-items/ZJJ-99-01", new { limitWorkingDays = 5, note = "不存在" }, HttpStatusCode.NotFound);
        var cycle = await app.PutAsync(OfficerZjj, "/api/approval/catalogue/sub-items/ZJJ-03-01", new { prerequisites = new[] { "ZJJ-04-01" }, note = "成环" }, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("cycle", cycle.GetProperty("errors").GetProperty("prerequisites")[0].GetString());
        var badLimit = await app.PutAsync(OfficerZjj, "/api/approval/catalogue/sub-items/ZJJ-04-01", new { limitWorkingDays = 0, note = "零天" }, HttpStatusCode.BadRequest);
        Assert.Contains("limitWorkingDays", badLimit.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(1, await app.ScalarAsync("SELECT count(*) FROM approval.catalogue_versions"));

        var published = await app.PutAsync(OfficerZjj, "/api/approval/catalogue/sub-items/ZJJ-04-01", new { limitWorkingDays = 5, note = "施工许可承诺时限压缩至5个工作日" }, HttpStatusCode.OK);
        Assert.Equal(2, published.GetProperty("version").GetInt32());

        var stillRunning = await app.GetAsync(TestCaller.FirmA, $"/api/approval/tasks/{TaskId(running, "ZJJ-04-01")}");
        Assert.Equal(7, stillRunning.GetProperty("limitWorkingDays").GetInt32());
        var fresh = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子研发中心");
        Assert.Equal(2, fresh.GetProperty("catalogueVersion").GetInt32());
        Assert.Equal(5, fresh.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("subItemCode").GetString() == "ZJJ-04-01").GetProperty("limitWorkingDays").GetInt32());
        Assert.Equal(7, (await app.GetAsync(TestCaller.FirmA, "/api/approval/catalogue/versions/1")).GetProperty("catalogue").GetProperty("subItems").EnumerateArray()
            .Single(s => s.GetProperty("code").GetString() == "ZJJ-04-01").GetProperty("limitWorkingDays").GetInt32());
    }

    [Fact]
    public async Task The_land_redevelopment_loop_is_seeded_to_the_zone_totals_and_a_new_site_becomes_a_project_case()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var seeded = await app.GetAsync(TestCaller.Admin, "/api/approval/land-sites/summary");
        Assert.Equal(17, seeded.GetProperty("sitesRevitalised").GetInt32());
        Assert.Equal(285m, seeded.GetProperty("areaMu").GetDecimal());
        Assert.Equal(360_000m, seeded.GetProperty("addedFloorArea").GetDecimal());
        Assert.True(seeded.GetProperty("addedAnnualOutput").GetDecimal() > 2_000_000_000m);
        Assert.True(seeded.GetProperty("addedAnnualTax").GetDecimal() > 290_000_000m);

        var survey = new { code = "DX-2027-01", name = "华联鞋材旧厂房", location = "清濛经济技术开发区", areaMu = 12.5m, currentUse = "闲置厂房", baselineFloorArea = 3200m, baselineAnnualOutput = 1_500_000m, baselineAnnualTax = 80_000m };
        await app.PostAsync(OfficerZjj, "/api/approval/land-sites", survey, HttpStatusCode.Forbidden);
        var site = await app.PostAsync(OfficerZrj, "/api/approval/land-sites", survey, HttpStatusCode.Created);
        var siteId = site.GetProperty("id").GetGuid();
        await app.PostAsync(OfficerZrj, $"/api/approval/land-sites/{siteId}/evaluation", new { floorArea = 1m, annualOutput = 1m, annualTax = 1m }, HttpStatusCode.Conflict);
        await app.PostAsync(OfficerZrj, $"/api/approval/land-sites/{siteId}/plan", new { summary = "拆除重建为高标准厂房", plannedUse = "智能装备标准厂房", plannedFloorArea = 18_000m }, HttpStatusCode.OK);
        var generated = await app.PostAsync(OfficerZrj, $"/api/approval/land-sites/{siteId}/project", new
        {
            projectName = "智能装备标准厂房（华联鞋材盘活）",
            creditCode = TestTokens.FirmACreditCode,
            firmName = "泉州杰嘉电子有限公司",
            investmentAmount = 90_000_000m,
            industryCode = "C35",
            isKeyProject = false,
        }, HttpStatusCode.OK);
        var projectId = generated.GetProperty("projectId").GetGuid();
        var project = await app.GetAsync(TestCaller.FirmA, $"/api/approval/projects/{projectId}");
        Assert.Equal("LandRedevelopment", project.GetProperty("project").GetProperty("source").GetString());
        Assert.Equal(12.5m, project.GetProperty("landAreaMu").GetDecimal());
        await app.PostAsync(OfficerZrj, $"/api/approval/land-sites/{siteId}/evaluation", new { floorArea = 18_000m, annualOutput = 60_000_000m, annualTax = 3_000_000m }, HttpStatusCode.OK);

        var after = await app.GetAsync(OfficerZrj, "/api/approval/land-sites/summary");
        Assert.Equal(18, after.GetProperty("sitesRevitalised").GetInt32());
        Assert.Equal(297.5m, after.GetProperty("areaMu").GetDecimal());
        Assert.Equal(360_000m + 14_800m, after.GetProperty("addedFloorArea").GetDecimal());
    }

    [Fact]
    public async Task Metrics_report_accepted_approved_overdue_and_the_median_working_days_per_sub_item()
    {
        await using var app = await StartAsync(servers);
        await app.EnrolAsync(AgentLin);
        var first = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子智能终端生产基地");
        var second = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子研发中心");
        var third = await app.RegisterAsync(TestCaller.FirmA, "杰嘉电子二期厂房");
        foreach (var (project, days) in new[] { (first, 1), (second, 2), (third, 6) })
        {
            var id = TaskId(project, "FGJ-01-01");
            await app.PostAsync(TestCaller.FirmA, $"/api/approval/tasks/{id}/submit", new { materials = RequiredMaterials(project, "FGJ-01-01") }, HttpStatusCode.OK);
            await app.PostAsync(OfficerFgj, $"/api/approval/tasks/{id}/accept", null, HttpStatusCode.OK);
            await app.PostAsync(OfficerFgj, $"/api/approval/tasks/{id}/start-review", null, HttpStatusCode.OK);
            app.Time.Advance(TimeSpan.FromDays(days));
            await app.PostAsync(OfficerFgj, $"/api/approval/tasks/{id}/approve", new { }, HttpStatusCode.OK);
        }

        var metrics = await app.GetAsync(OfficerFgj, "/api/approval/metrics");
        Assert.Equal(3, metrics.GetProperty("tasksAccepted").GetInt32());
        Assert.Equal(3, metrics.GetProperty("tasksApproved").GetInt32());
        Assert.Equal(0, metrics.GetProperty("tasksOverdue").GetInt32());
        var filing = Assert.Single(metrics.GetProperty("subItems").EnumerateArray());
        Assert.Equal("FGJ-01-01", filing.GetProperty("subItemCode").GetString());
        // Working days counted: 0 (next day still running), then 1 and 3 → the median of {0, 1, 3} is 1.
        Assert.Equal(1m, filing.GetProperty("medianWorkingDays").GetDecimal());
    }

    [Fact]
    public async Task Demo_data_shows_the_47_project_portfolio_with_11_at_groundbreaking_and_is_seeded_once()
    {
        var demo = new Dictionary<string, string> { ["DemoData:Enabled"] = "true" };
        await using var app = await StartAsync(servers, replicas: 2, extraSettings: demo);

        var portfolio = await app.GetAsync(TestCaller.Admin, "/api/approval/portfolio");
        Assert.Equal(47, portfolio.GetProperty("projects").GetInt32());
        Assert.Equal(47, portfolio.GetProperty("keyProjects").GetInt32());
        Assert.Equal(11, portfolio.GetProperty("readyForConstruction").GetInt32());
        Assert.Equal(11, portfolio.GetProperty("projectsByStage").GetProperty("ReadyForConstruction").GetInt32());
        var ready = await app.GetAsync(TestCaller.Admin, "/api/approval/projects?status=ReadyForConstruction&search=杰嘉");
        Assert.Equal("杰嘉电子智能终端生产基地", Assert.Single(ready.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(3, (await app.GetAsync(TestCaller.Admin, "/api/approval/agents")).GetProperty("count").GetInt64());
    }
}
