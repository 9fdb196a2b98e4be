using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Gateway.IntegrationTests;

/// <summary>Bad requests get 4xx problem details naming the field, and the service keeps serving.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputThroughGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var problem = await PostRawAsync("""{"channel":"Hotline","title": "缺少引号}""");

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.True(problem.Body.TryGetProperty("errors", out _));
        await AssertServiceStillServesAsync();
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_the_field()
    {
        var problem = await PostRawAsync("""{"channel":"Hotline","moduleCode":"ECON-RUN","title":12345,"description":"类型错误测试"}""");

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.True(problem.Body.GetProperty("errors").TryGetProperty("title", out _), problem.Body.ToString());
        await AssertServiceStillServesAsync();
    }

    [Fact]
    public async Task An_unknown_channel_names_the_field()
    {
        var problem = await PostRawAsync("""{"channel":"Pigeon","moduleCode":"ECON-RUN","title":"信鸽渠道","description":"不存在的渠道"}""");

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.True(problem.Body.GetProperty("errors").TryGetProperty("channel", out _), problem.Body.ToString());
    }

    [Fact]
    public async Task An_invalid_credit_code_names_the_field_and_writes_nothing()
    {
        var before = await CountCasesAsync();
        var problem = await PostRawAsync("""{"channel":"App","moduleCode":"ECON-RUN","title":"校验码错误","description":"统一社会信用代码校验位错误","creditCode":"91350100M000100Y44"}""");

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        var errors = problem.Body.GetProperty("errors");
        Assert.True(errors.TryGetProperty("creditCode", out _), problem.Body.ToString());
        Assert.Equal(before, await CountCasesAsync());
    }

    [Fact]
    public async Task An_oversize_body_is_refused_at_the_gateway_with_413()
    {
        var huge = new string('长', 600_000);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/governance/cases")
        {
            Content = new StringContent($$"""{"channel":"App","moduleCode":"ECON-RUN","title":"超大请求","description":"{{huge}}"}""", Encoding.UTF8, "application/json"),
        };
        // As a well-behaved client does with a large body: the gateway can refuse it before it is sent.
        request.Headers.ExpectContinue = true;

        var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        await AssertServiceStillServesAsync();
    }

    [Fact]
    public async Task The_callers_trace_context_is_carried_through_the_gateway_to_the_service()
    {
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/governance/cases")
        {
            Content = new StringContent("""{"channel":"App","moduleCode":"ECON-RUN","title":"追踪","description":"链路追踪测试","creditCode":"123"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString()}-01");

        var response = await platform.Gateway.SendAsync(request);

        // The validation problem is written by the governance service; its trace id is the caller's.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(traceId, problem.GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        var response = await platform.Gateway.GetAsync("/api/nowhere/things");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/ops/messaging/error-queues")]
    [InlineData("/api/governance/../../ops/messaging/error-queues")]
    public async Task Probes_and_operator_paths_of_the_services_are_not_reachable_through_the_gateway(string path)
    {
        var response = await platform.Gateway.GetAsync(path);

        // The gateway's own /health and /alive answer for the gateway; nothing reaches a service's.
        if (path is "/health" or "/alive")
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("masstransit", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostRawAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await platform.Gateway.PostAsync("/api/governance/cases", content);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<long> CountCasesAsync() =>
        (await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/governance/cases?pageSize=1")).GetProperty("count").GetInt64();

    private async Task AssertServiceStillServesAsync()
    {
        var response = await platform.Gateway.GetAsync("/api/governance/cases?pageSize=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
