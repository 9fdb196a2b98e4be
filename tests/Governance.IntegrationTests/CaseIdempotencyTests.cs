using System.Net;
using System.Net.Http.Json;

namespace Governance.IntegrationTests;

/// <summary>An Idempotency-Key is the caller's own: another caller's key never collides with it, and a retry storm files once.</summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class CaseIdempotencyTests(PlatformServersFixture servers)
{
    private static object Case(string title) => new { channel = "App", moduleCode = "ECON-RUN", title, description = "企业反映用电报装进度缓慢。" };

    private static async Task<HttpResponseMessage> FileAsync(GovernanceHost host, TestCaller caller, string key, object body)
    {
        using var client = host.Client(caller);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/governance/cases") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Two_firms_using_the_same_key_each_get_their_own_case()
    {
        await using var host = await GovernanceHost.StartAsync(servers);

        using var byFirmA = await FileAsync(host, TestCaller.FirmA, "demo-0001", Case("杰嘉电子用电报装"));
        using var byFirmB = await FileAsync(host, TestCaller.FirmB, "demo-0001", Case("路金汽车用电报装"));

        Assert.True(byFirmA.StatusCode == HttpStatusCode.Created, await byFirmA.Content.ReadAsStringAsync());
        Assert.True(byFirmB.StatusCode == HttpStatusCode.Created, await byFirmB.Content.ReadAsStringAsync());
        Assert.Equal(2, await host.ScalarAsync("SELECT count(*) FROM governance.cases WHERE idempotency_key = 'demo-0001'"));
    }

    [Fact]
    public async Task The_same_caller_sending_one_key_concurrently_gets_one_case_and_never_a_500()
    {
        await using var host = await GovernanceHost.StartAsync(servers);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => FileAsync(host, TestCaller.FirmA, "retry-storm-1", Case("重试风暴"))));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        var ids = new HashSet<Guid>();
        foreach (var response in responses.Where(r => r.IsSuccessStatusCode))
        {
            ids.Add((await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid());
        }
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Single(ids);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.cases WHERE idempotency_key = 'retry-storm-1'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CaseFiled%'"));
    }
}
