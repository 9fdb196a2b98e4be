using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Governance.IntegrationTests;

/// <summary>Bad input is answered in Chinese, naming the field as the client sent it.</summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class ChineseProblemsTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task A_too_long_title_is_a_400_in_Chinese_naming_title()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        var (status, problem) = await host.PostAsync(TestCaller.Dispatcher, "/api/governance/cases", new
        {
            channel = "Hotline", moduleCode = "CONSTRUCT", title = new string('长', 201), description = "工地每晚施工至凌晨。",
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("title").EnumerateArray()).GetString()!;
        Assert.StartsWith("title 的长度须在 2 到 200 个字符之间", message, StringComparison.Ordinal);
        Assert.StartsWith("请求参数有误", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_indicator_on_the_KPI_drill_down_is_a_400_naming_indicator_and_its_allowed_values()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        using var client = host.Client(TestCaller.Dispatcher);

        var response = await client.GetAsync("/api/governance/kpis/cases?from=2026-03-01&to=2026-03-31&departmentCode=ZJJ&indicator=Nope");

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        var problem = JsonDocument.Parse(text).RootElement;
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("indicator").EnumerateArray()).GetString()!;
        Assert.StartsWith("indicator 的取值 \"Nope\" 无效，可选值：SignFor, Completion, OnTime, Satisfaction", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", text, StringComparison.Ordinal);
        Assert.Equal(["SignFor", "Completion", "OnTime", "Satisfaction"],
            problem.GetProperty("allowedValues").GetProperty("indicator").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task An_unknown_channel_in_the_JSON_body_is_a_400_naming_channel_and_its_allowed_values()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        using var client = host.Client(TestCaller.Dispatcher);

        var response = await client.PostAsync("/api/governance/cases", new StringContent(
            """{"channel":"Pigeon","moduleCode":"CONSTRUCT","title":"信鸽渠道","description":"不存在的渠道"}""", Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        var problem = JsonDocument.Parse(text).RootElement;
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("channel").EnumerateArray()).GetString()!;
        Assert.StartsWith("channel 的取值无效，可选值：Hotline, App", message, StringComparison.Ordinal);
        Assert.Contains("Hotline", problem.GetProperty("allowedValues").GetProperty("channel").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task A_page_size_beyond_the_limit_is_still_a_400_in_Chinese_naming_pageSize()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        using var client = host.Client(TestCaller.Dispatcher);

        var response = await client.GetAsync("/api/governance/cases?pageSize=500");

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        var message = Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty("pageSize").EnumerateArray()).GetString()!;
        Assert.StartsWith("pageSize 须在 1 到 200 之间", message, StringComparison.Ordinal);
    }
}
