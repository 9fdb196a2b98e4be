using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Governance;

[Collection(PlatformServersCollection.Name)]
public sealed class CasesApiTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task Listing_cases_pages_newest_first_with_the_total()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        // Firm A files three cases for itself; one the centre files naming firm A stays hidden from it while open.
        for (var i = 0; i < 3; i++)
        {
            await pipeline.FileCaseAsync(i, TestCaller.FirmA);
        }
        await pipeline.FileCaseAsync(3);
        using var client = pipeline.GovernanceClientFor(TestCaller.FirmA);

        var response = await client.GetAsync("/api/governance/cases?pageIndex=0&pageSize=2&status=Accepted");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, page.GetProperty("count").GetInt64());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.EndsWith("#2", items[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_page_size_over_the_limit_is_a_400_naming_the_field()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        using var client = pipeline.GovernanceClient;

        var response = await client.GetAsync("/api/governance/cases?pageSize=5000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("pageSize", out _), problem.ToString());
    }

    [Fact]
    public async Task Filing_twice_with_the_same_idempotency_key_creates_one_case()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        using var client = pipeline.GovernanceClient;
        var body = new { channel = "App", moduleCode = "ECON-RUN", title = $"{pipeline.Tag} 幂等提交", description = "同一请求重试两次。" };

        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/governance/cases") { Content = JsonContent.Create(body) };
        first.Headers.Add("Idempotency-Key", pipeline.Tag);
        using var second = new HttpRequestMessage(HttpMethod.Post, "/api/governance/cases") { Content = JsonContent.Create(body) };
        second.Headers.Add("Idempotency-Key", pipeline.Tag);
        var created = await client.SendAsync(first);
        var repeated = await client.SendAsync(second);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.Equal(
            (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            (await repeated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(1, await servers.ScalarAsync(pipeline.GovernanceDb, "SELECT count(*) FROM governance.cases"));
        Assert.Equal(1, await servers.ScalarAsync(pipeline.GovernanceDb, "SELECT count(*) FROM governance.outbox_messages"));
    }

    [Fact]
    public async Task Closing_an_unknown_case_is_a_404()
    {
        await using var pipeline = await CasePipeline.StartAsync(servers);
        using var client = pipeline.GovernanceClient;

        var response = await client.PostAsJsonAsync($"/api/governance/cases/{Guid.NewGuid()}/close", new { resolution = "无此工单" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
