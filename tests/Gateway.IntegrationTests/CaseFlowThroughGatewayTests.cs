using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.IntegrationTests;

/// <summary>The foundation's cross-service slice, end to end through the only public entry.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseFlowThroughGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_case_filed_and_closed_through_the_gateway_becomes_a_demand_signal_in_policy_match()
    {
        var title = "园区道路积水影响企业货车通行 " + Guid.NewGuid().ToString("N")[..6];
        var filed = await platform.Gateway.PostAsJsonAsync("/api/governance/cases", new
        {
            channel = "App",
            moduleCode = "COMP-GOV",
            title,
            description = "清濛园区某路段雨后积水严重，企业货车无法进出，请协调处理。",
            creditCode = "91350500MA31GJ8K73",
        });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var filedCase = await filed.Content.ReadFromJsonAsync<JsonElement>();
        var id = filedCase.GetProperty("id").GetGuid();
        var number = filedCase.GetProperty("number").GetString();
        Assert.Equal(title, filedCase.GetProperty("title").GetString());

        var closed = await platform.Gateway.PostAsJsonAsync($"/api/governance/cases/{id}/close",
            new { resolution = "已协调住建部门疏通排水管网，积水已排除。" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        var signal = await WaitForSignalAsync(number!);
        Assert.Equal(title, signal.GetProperty("title").GetString());
        Assert.Equal("COMP-GOV", signal.GetProperty("topic").GetString());
        Assert.Equal("ClosedCase", signal.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Chinese_text_comes_back_readable_not_escaped()
    {
        var filed = await platform.Gateway.PostAsJsonAsync("/api/governance/cases", new
        {
            channel = "Hotline",
            moduleCode = "ECON-RUN",
            title = "企业用工招聘需求对接",
            description = "请帮助对接劳务协作服务站。",
        });

        var raw = await filed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.Contains("企业用工招聘需求对接", raw);
        Assert.DoesNotContain("\\u", raw);
        Assert.Equal("utf-8", filed.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task Closing_a_case_twice_is_a_conflict_naming_its_state()
    {
        var filed = await platform.Gateway.PostAsJsonAsync("/api/governance/cases", new
        {
            channel = "WalkIn",
            moduleCode = "SAFE-PROD",
            title = "厂区消防通道被占用",
            description = "邻近企业堆放货物占用消防通道。",
        });
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var resolution = new { resolution = "已责令清理，消防通道恢复畅通。" };

        var first = await platform.Gateway.PostAsJsonAsync($"/api/governance/cases/{id}/close", resolution);
        var second = await platform.Gateway.PostAsJsonAsync($"/api/governance/cases/{id}/close", resolution);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Closed", problem.GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task Without_a_token_the_services_answer_401_through_the_gateway()
    {
        var response = await platform.Anonymous.GetAsync("/api/governance/cases");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_identity_service_is_reachable_through_the_gateway_with_the_gateway_as_issuer()
    {
        var discovery = await platform.Anonymous.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        Assert.Equal(platform.Anonymous.BaseAddress!.ToString(), discovery.GetProperty("issuer").GetString());
        Assert.Contains("client_credentials", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
    }

    private async Task<JsonElement> WaitForSignalAsync(string caseNumber)
    {
        using var policyOfficer = await platform.ClientForAsync(PlatformFixture.PolicyOfficer);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await policyOfficer.GetFromJsonAsync<JsonElement>($"/api/policy/signals?reference={caseNumber}");
            var items = page.GetProperty("items");
            if (items.GetArrayLength() > 0)
            {
                Assert.Equal(1, items.GetArrayLength());
                return items[0];
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No demand signal for case {caseNumber} within 60 s.");
            }
            await Task.Delay(200);
        }
    }
}
