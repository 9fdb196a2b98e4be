using System.Net;
using System.Text.Json;

namespace Governance.IntegrationTests;

[Collection(GovernanceServersCollection.Name)]
public sealed class AccessAndBadInputTests(PlatformServersFixture servers)
{
    private static readonly TestCaller[] Everyone =
    [
        TestCaller.FirmA, TestCaller.Citizen, TestCaller.Dispatcher, Callers.Zjj, Callers.Zrj, TestCaller.Admin, TestCaller.HotlineSystem,
        TestCaller.Agent, TestCaller.BankOfficer, TestCaller.PolicyOfficer,
    ];

    [Fact]
    public async Task Each_workflow_endpoint_answers_each_role_as_designed()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var mismatches = new List<string>();

        async Task Check(string step, Func<Task<Guid>> arrange, object? body, Func<TestCaller, HttpStatusCode> expected)
        {
            foreach (var caller in Everyone)
            {
                var id = await arrange();
                var (status, json) = await host.PostAsync(caller, $"/api/governance/cases/{id}/{step}", body);
                if (status != expected(caller))
                {
                    mismatches.Add($"{step} as {caller.Subject}: expected {(int)expected(caller)}, got {(int)status} {json}");
                }
            }
            using var anonymous = host.Anonymous();
            var unauthenticated = await anonymous.PostAsync($"/api/governance/cases/{await arrange()}/{step}", null);
            if (unauthenticated.StatusCode != HttpStatusCode.Unauthorized)
            {
                mismatches.Add($"{step} anonymously: got {(int)unauthenticated.StatusCode}");
            }
        }

        async Task<Guid> Accepted() => await host.FileSimpleAsync(place: Guid.NewGuid().ToString());
        async Task<Guid> DispatchedToZjj()
        {
            var id = await Accepted();
            await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{id}/dispatch", new { leadDepartmentCode = "ZJJ" });
            return id;
        }
        async Task<Guid> Closed()
        {
            var id = await Accepted();
            await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{id}/close", new { resolution = "热线当场解答" });
            return id;
        }
        HttpStatusCode Only(TestCaller caller, HttpStatusCode ok, HttpStatusCode sameRoleOtherwise, params TestCaller[] allowed) =>
            allowed.Contains(caller) ? ok
            : allowed.Any(a => a.Roles.SequenceEqual(caller.Roles)) ? sameRoleOtherwise
            : HttpStatusCode.Forbidden;

        await Check("dispatch", Accepted, new { leadDepartmentCode = "ZJJ" },
            c => Only(c, HttpStatusCode.OK, HttpStatusCode.Forbidden, TestCaller.Dispatcher, TestCaller.Admin));
        // ZRJ is a department officer too, but the case is not its department's: 404, exactly as if it did not exist.
        await Check("sign-for", DispatchedToZjj, null, c => Only(c, HttpStatusCode.OK, HttpStatusCode.NotFound, Callers.Zjj));
        await Check("return", DispatchedToZjj, new { reasonCode = "InsufficientInformation", note = "地址不详" },
            c => Only(c, HttpStatusCode.OK, HttpStatusCode.NotFound, Callers.Zjj));
        await Check("follow-up", Closed, new { satisfied = true, comment = "满意" },
            c => Only(c, HttpStatusCode.OK, HttpStatusCode.Forbidden, TestCaller.Dispatcher, TestCaller.Admin, TestCaller.HotlineSystem));

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task A_firm_never_sees_another_firms_case_nor_a_department_a_case_not_dispatched_to_it()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var firmA = await host.FileSimpleAsync(creditCode: TestTokens.FirmACreditCode);
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{firmA}/dispatch", new { leadDepartmentCode = "ZJJ" });

        using var firmB = host.Client(TestCaller.FirmB);
        using var zrj = host.Client(Callers.Zrj);
        using var zjj = host.Client(Callers.Zjj);

        Assert.Equal(HttpStatusCode.NotFound, (await firmB.GetAsync($"/api/governance/cases/{firmA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await firmB.GetAsync($"/api/governance/cases/{firmA}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await zrj.GetAsync($"/api/governance/cases/{firmA}")).StatusCode);
        var seenByLead = await zjj.GetStringAsync($"/api/governance/cases/{firmA}");
        // The handling department sees the caller's phone in clear; nobody else outside the centre does.
        Assert.Contains("13805951234", seenByLead, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("13805951234", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_module_or_service_code_is_a_422_naming_the_field_and_nothing_is_written()
    {
        await using var host = await GovernanceHost.StartAsync(servers);

        var module = await host.PostAsync(TestCaller.Dispatcher, "/api/governance/cases",
            new { channel = "Hotline", moduleCode = "NO-SUCH", title = "未知模块", description = "测试未知模块" });
        var service = await host.PostAsync(TestCaller.Dispatcher, "/api/governance/cases",
            new { channel = "Hotline", moduleCode = "CONSTRUCT", serviceCode = "SAFE-PROD-01", title = "服务代码不属于该模块", description = "测试" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, module.Status);
        Assert.Equal("moduleCode", module.Body.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, service.Status);
        Assert.True(service.Body.GetProperty("errors").TryGetProperty("serviceCode", out _), service.Body.ToString());
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.cases"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records"));
    }

    [Fact]
    public async Task Dispatching_to_a_department_that_does_not_exist_is_a_422_and_nothing_is_written()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var id = await host.FileSimpleAsync();

        var lead = await host.PostAsync(TestCaller.Dispatcher, $"/api/governance/cases/{id}/dispatch", new { leadDepartmentCode = "NOPE" });
        var coHandler = await host.PostAsync(TestCaller.Dispatcher, $"/api/governance/cases/{id}/dispatch", new { leadDepartmentCode = "ZJJ", coHandlerDepartmentCodes = new[] { "NOPE" } });
        var missingLead = await host.PostAsync(TestCaller.Dispatcher, $"/api/governance/cases/{id}/dispatch", new { });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, lead.Status);
        Assert.Equal("leadDepartmentCode", lead.Body.GetProperty("field").GetString());
        Assert.Equal("coHandlerDepartmentCodes", coHandler.Body.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, missingLead.Status);
        Assert.True(missingLead.Body.GetProperty("errors").TryGetProperty("leadDepartmentCode", out _), missingLead.Body.ToString());
        Assert.Equal("Accepted", (await host.GetAsync(TestCaller.Dispatcher, $"/api/governance/cases/{id}")).GetProperty("status").GetString());
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.case_dispatches"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records"));
    }

    [Fact]
    public async Task An_illegal_step_is_a_409_naming_the_current_state_and_closing_twice_writes_nothing()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var id = await host.FileSimpleAsync();
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{id}/dispatch", new { leadDepartmentCode = "ZJJ" });

        var completeBeforeSignFor = await host.ExpectAsync(HttpStatusCode.Conflict, Callers.Zjj, $"/api/governance/cases/{id}/complete", new { resolution = "未签收即办结" });
        var centreCloseWhileDispatched = await host.ExpectAsync(HttpStatusCode.Conflict, TestCaller.Dispatcher, $"/api/governance/cases/{id}/close", new { resolution = "中心办结" });
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"/api/governance/cases/{id}/sign-for");
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"/api/governance/cases/{id}/complete", new { resolution = "已责令停止夜间施工。" });
        var auditBefore = await host.ScalarAsync("SELECT count(*) FROM governance.audit_records");
        var again = await host.ExpectAsync(HttpStatusCode.Conflict, Callers.Zjj, $"/api/governance/cases/{id}/complete", new { resolution = "再次办结" });

        Assert.Equal("Dispatched", completeBeforeSignFor.GetProperty("currentState").GetString());
        Assert.Equal("Dispatched", centreCloseWhileDispatched.GetProperty("currentState").GetString());
        Assert.Equal("Closed", again.GetProperty("currentState").GetString());
        Assert.Equal(auditBefore, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CaseClosed%'"));
    }

    [Fact]
    public async Task A_bad_return_reason_is_a_400_naming_the_field()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var id = await host.FileSimpleAsync();
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{id}/dispatch", new { leadDepartmentCode = "ZJJ" });

        var (status, body) = await host.PostAsync(Callers.Zjj, $"/api/governance/cases/{id}/return", new { note = "没有理由代码" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("reasonCode", out _), body.ToString());
        Assert.Equal("Dispatched", (await host.GetAsync(TestCaller.Dispatcher, $"/api/governance/cases/{id}")).GetProperty("status").GetString());
    }
}
