using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Security;

/// <summary>A firm never sees another firm's data, by id guessing or by listing.</summary>
[Collection(PlatformServersCollection.Name)]
public sealed class DataIsolationTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task Firm_B_cannot_read_list_file_for_or_close_firm_As_case()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        var (firmACase, _) = await pipeline.FileCaseAsync(0, TestCaller.FirmA);
        using var firmB = pipeline.GovernanceClientFor(TestCaller.FirmB);

        var byId = await firmB.GetAsync($"/api/governance/cases/{firmACase}");
        var list = await firmB.GetFromJsonAsync<JsonElement>("/api/governance/cases");
        var closing = await firmB.PostAsJsonAsync($"/api/governance/cases/{firmACase}/close", new { resolution = "冒名办结" });
        var filingAsA = await firmB.PostAsJsonAsync("/api/governance/cases", new
        {
            channel = "App", moduleCode = "ECON-RUN", title = "冒用他人信用代码", description = "以另一企业名义提交", creditCode = TestTokens.FirmACreditCode,
        });

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(0, list.GetProperty("count").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, closing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, filingAsA.StatusCode);
        Assert.Equal("creditCode", (await filingAsA.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_firm_filing_without_a_credit_code_files_for_itself_and_sees_its_own_case()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        using var firmA = pipeline.GovernanceClientFor(TestCaller.FirmA);

        var filed = await firmA.PostAsJsonAsync("/api/governance/cases", new { channel = "App", moduleCode = "ECON-RUN", title = "企业自助提交", description = "未填写信用代码" });
        var body = await filed.Content.ReadFromJsonAsync<JsonElement>();
        var mine = await firmA.GetFromJsonAsync<JsonElement>("/api/governance/cases");

        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.Equal(TestTokens.FirmACreditCode, body.GetProperty("creditCode").GetString());
        Assert.Equal(1, mine.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task A_citizen_sees_only_the_cases_they_filed()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        await pipeline.FileCaseAsync(0, TestCaller.FirmA);
        var (own, _) = await pipeline.FileCaseAsync(1, TestCaller.Citizen);
        using var citizen = pipeline.GovernanceClientFor(TestCaller.Citizen);

        var list = await citizen.GetFromJsonAsync<JsonElement>("/api/governance/cases");

        Assert.Equal(1, list.GetProperty("count").GetInt64());
        Assert.Equal(own, list.GetProperty("items")[0].GetProperty("id").GetGuid());
    }
}
