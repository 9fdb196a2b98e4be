using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Security;

/// <summary>
/// A page index so large that index × size overflows must be a 400 naming the field in every service,
/// never a 500 from a negative offset.
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class PagingBoundsTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_page_index_beyond_the_limit_is_a_400_naming_the_field_in_every_service()
    {
        await using var platform = new AllServicesFixture(servers);
        await platform.InitializeAsync();
        var answers = new List<string>();

        foreach (var (prefix, clientFor) in platform.Clients)
        {
            using var client = clientFor(TestCaller.Admin);
            var response = await client.GetAsync($"{prefix}/audit?pageIndex={int.MaxValue}&pageSize=200");
            var body = await response.Content.ReadAsStringAsync();
            var namesField = response.StatusCode == HttpStatusCode.BadRequest
                && JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("pageIndex", out _);
            if (!namesField)
            {
                answers.Add($"{prefix}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
            }
        }

        Assert.True(answers.Count == 0, string.Join(Environment.NewLine, answers));
    }

    [Fact]
    public async Task The_last_allowed_page_index_is_answered_with_an_empty_page()
    {
        await using var platform = new AllServicesFixture(servers);
        await platform.InitializeAsync();
        using var client = platform.Clients["/api/governance"](TestCaller.Admin);

        var response = await client.GetAsync($"/api/governance/audit?pageIndex={Qingmeng.ServiceDefaults.Paging.PageRequest.MaxPageIndex}&pageSize=200");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(page.GetProperty("items").EnumerateArray());
    }
}
