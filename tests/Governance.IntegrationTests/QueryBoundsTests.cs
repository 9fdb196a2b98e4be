using System.Net;
using System.Text.Json;

namespace Governance.IntegrationTests;

/// <summary>Page indexes and periods beyond what a reader can mean are a 400 naming the field, never a 500 or a scan of everything.</summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class QueryBoundsTests(PlatformServersFixture servers)
{
    [Theory]
    [InlineData("/api/governance/kpis?from=2000-01-01&to=2026-12-31", "to")]
    [InlineData("/api/governance/kpis/cases?from=2026-12-01&to=2026-01-01&departmentCode=ZJJ&indicator=SignFor", "to")]
    [InlineData("/api/governance/kpis/cases?from=2010-01-01&to=2026-01-01&departmentCode=ZJJ&indicator=SignFor", "to")]
    [InlineData("/api/governance/cases?pageIndex=2147483647&pageSize=200", "pageIndex")]
    [InlineData("/api/governance/penalties?pageIndex=20000000&pageSize=200", "pageIndex")]
    [InlineData("/api/governance/labour-disputes?pageIndex=20000000", "pageIndex")]
    [InlineData("/api/governance/credit-repairs?pageIndex=20000000", "pageIndex")]
    [InlineData("/api/governance/open311/v2/requests.json?start_date=2026-12-01T00:00:00Z&end_date=2026-01-01T00:00:00Z", "end_date")]
    public async Task An_unbounded_page_or_period_is_a_400_naming_the_field(string path, string field)
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        using var admin = host.Client(TestCaller.Admin);

        var response = await admin.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Contains(field, body, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(body).RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array);
    }
}
