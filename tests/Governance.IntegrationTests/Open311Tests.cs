using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Governance.IntegrationTests;

/// <summary>Every GeoReport v2 response validates against the published schemas (copied unchanged into Open311Schemas/).</summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class Open311Tests(PlatformServersFixture servers)
{
    private const string Prefix = "/api/governance/open311/v2";

    private static string Schema(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Open311Schemas", name));

    /// <summary>The array schemas refer to their item schema by file name; the item schema is put in place of the reference.</summary>
    private static JsonSchema ArrayOf(string arrayFile, string itemFile)
    {
        var item = Schema(itemFile).Trim();
        var itemBody = item[1..^1];
        return JsonSchema.FromText(Schema(arrayFile).Replace($"\"$ref\": \"{itemFile}\"", itemBody, StringComparison.Ordinal));
    }

    private static void AssertValid(JsonSchema schema, string json, string what)
    {
        var result = schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, $"{what} does not validate: {json}\n{string.Join("\n", (result.Details ?? []).Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")))}");
    }

    [Fact]
    public async Task Services_requests_and_tokens_validate_against_the_GeoReport_v2_schemas_and_states_map_to_open_and_closed()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        using var citizen = host.Client(TestCaller.Citizen);
        using var dispatcher = host.Client(TestCaller.Dispatcher);

        var services = await citizen.GetStringAsync($"{Prefix}/services.json");
        AssertValid(ArrayOf("services.json", "service.json"), services, "services.json");
        Assert.Equal(32, JsonNode.Parse(services)!.AsArray().Count);
        var definition = await citizen.GetStringAsync($"{Prefix}/services/SAFE-PROD-01.json");
        AssertValid(JsonSchema.FromText(Schema("service-definition.json")), definition, "service definition");

        var posted = await citizen.PostAsync($"{Prefix}/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = "URBAN-MGT-02", ["description"] = "清濛大道与紫山路交叉口路灯不亮已三天。", ["address_string"] = "清濛大道与紫山路交叉口",
            ["lat"] = "24.8741", ["long"] = "118.5321",
        }));
        Assert.True(posted.StatusCode == HttpStatusCode.OK, await posted.Content.ReadAsStringAsync());
        var created = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!.AsArray()[0]!;
        var number = created["service_request_id"]!.GetValue<string>();
        var token = created["token"]!.GetValue<string>();
        Assert.Equal(number, JsonNode.Parse(await citizen.GetStringAsync($"{Prefix}/tokens/{token}.json"))!.AsArray()[0]!["service_request_id"]!.GetValue<string>());

        var closedId = await host.FileSimpleAsync(module: "URBAN-MGT");
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{closedId}/close", new { resolution = "已派员修复。" });

        var open = await dispatcher.GetStringAsync($"{Prefix}/requests.json?status=open");
        var closed = await dispatcher.GetStringAsync($"{Prefix}/requests.json?status=closed");
        var one = await citizen.GetStringAsync($"{Prefix}/requests/{number}.json");
        var requestsSchema = ArrayOf("requests.json", "request.json");
        AssertValid(requestsSchema, open, "open requests");
        AssertValid(requestsSchema, closed, "closed requests");
        AssertValid(requestsSchema, one, "one request");

        var openRequest = Assert.Single(JsonNode.Parse(open)!.AsArray());
        Assert.Equal(number, openRequest!["service_request_id"]!.GetValue<string>());
        Assert.StartsWith("受理", openRequest["status_notes"]!.GetValue<string>());
        var closedRequest = Assert.Single(JsonNode.Parse(closed)!.AsArray());
        Assert.Equal("closed", closedRequest!["status"]!.GetValue<string>());
        Assert.Contains("已派员修复", closedRequest["status_notes"]!.GetValue<string>());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.cases WHERE channel = 'Open311'"));
    }

    [Fact]
    public async Task Open311_errors_use_the_GeoReport_error_shape_and_another_persons_request_is_not_found()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        using var citizen = host.Client(TestCaller.Citizen);
        using var firm = host.Client(TestCaller.FirmA);

        var unknown = await citizen.PostAsync($"{Prefix}/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = "NO-SUCH-01", ["description"] = "未知服务", ["address_string"] = "紫山路 1 号",
        }));
        var posted = await citizen.PostAsync($"{Prefix}/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = "URBAN-MGT-02", ["description"] = "路灯不亮。", ["address_string"] = "紫山路 2 号",
        }));
        var number = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!.AsArray()[0]!["service_request_id"]!.GetValue<string>();
        var byFirm = await firm.GetAsync($"{Prefix}/requests/{number}.json");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var error = (await unknown.Content.ReadFromJsonAsync<JsonArray>())![0]!;
        Assert.Equal(400, error["code"]!.GetValue<int>());
        Assert.Contains("service_code", error["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, byFirm.StatusCode);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.cases"));
    }

    [Fact]
    public async Task Coordinates_round_trip_exactly_and_every_GeoReport_field_posted_is_kept()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        using var citizen = host.Client(TestCaller.Citizen);

        var posted = await citizen.PostAsync($"{Prefix}/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = "URBAN-MGT-02", ["description"] = "紫山路路灯不亮。", ["lat"] = "24.8731", ["long"] = "118.5512",
            ["phone"] = "138 0595 1234", ["email"] = "chen.zhiqiang@example.cn", ["first_name"] = "志强", ["last_name"] = "陈",
            ["media_url"] = "https://img.example.cn/streetlight.jpg", ["address_id"] = "QM-ADDR-0042", ["device_id"] = "device-7",
            ["account_id"] = "acct-42",
        }));
        Assert.True(posted.StatusCode == HttpStatusCode.OK, await posted.Content.ReadAsStringAsync());
        var created = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!.AsArray()[0]!;
        var number = created["service_request_id"]!.GetValue<string>();
        var id = created["token"]!.GetValue<string>();
        var precise = await citizen.PostAsync($"{Prefix}/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = "URBAN-MGT-02", ["description"] = "井盖缺失。", ["lat"] = "-33.868820123", ["long"] = "-179.99999",
            ["address_string"] = "清濛大道 88 号",
        }));
        Assert.True(precise.StatusCode == HttpStatusCode.OK, await precise.Content.ReadAsStringAsync());
        var preciseNumber = JsonNode.Parse(await precise.Content.ReadAsStringAsync())!.AsArray()[0]!["service_request_id"]!.GetValue<string>();

        var one = await citizen.GetStringAsync($"{Prefix}/requests/{number}.json");
        AssertValid(ArrayOf("requests.json", "request.json"), one, "one request");
        var request = JsonNode.Parse(one)!.AsArray()[0]!;
        Assert.Equal("24.8731", request["lat"]!.ToJsonString());
        Assert.Equal("118.5512", request["long"]!.ToJsonString());
        Assert.Null(request["address"]);
        Assert.Equal("QM-ADDR-0042", request["address_id"]!.GetValue<string>());
        Assert.Equal("https://img.example.cn/streetlight.jpg", request["media_url"]!.GetValue<string>());
        var other = JsonNode.Parse(await citizen.GetStringAsync($"{Prefix}/requests/{preciseNumber}.json"))!.AsArray()[0]!;
        Assert.Equal("-33.868820123", other["lat"]!.ToJsonString());
        Assert.Equal("-179.99999", other["long"]!.ToJsonString());
        Assert.Equal("清濛大道 88 号", other["address"]!.GetValue<string>());

        // The complainant's own details: whole for the filer and the centre, never for a department that does not lead it.
        var asFiler = await host.GetAsync(TestCaller.Citizen, $"/api/governance/cases/{id}");
        var asCentre = await host.GetAsync(TestCaller.Dispatcher, $"/api/governance/cases/{id}");
        foreach (var view in new[] { asFiler, asCentre })
        {
            Assert.Equal("13805951234", view.GetProperty("contactPhone").GetString());
            Assert.Equal("chen.zhiqiang@example.cn", view.GetProperty("contactEmail").GetString());
            Assert.Equal("志强", view.GetProperty("contactFirstName").GetString());
            Assert.Equal("陈", view.GetProperty("contactLastName").GetString());
            Assert.Equal(24.8731m, view.GetProperty("latitude").GetDecimal());
            Assert.Equal(118.5512m, view.GetProperty("longitude").GetDecimal());
        }
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.cases WHERE latitude = 24.8731 AND longitude = 118.5512 AND place IS NULL"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.cases WHERE device_id = 'device-7' AND account_id = 'acct-42'"));
    }

    [Fact]
    public async Task Impossible_or_non_numeric_coordinates_and_malformed_contact_fields_are_400s_naming_the_field()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        using var citizen = host.Client(TestCaller.Citizen);
        (string Field, Dictionary<string, string> Form)[] attempts =
        [
            ("lat", new() { ["lat"] = "91", ["long"] = "118.5512" }),
            ("lat", new() { ["lat"] = "-90.0001", ["long"] = "118.5512" }),
            ("long", new() { ["lat"] = "24.8731", ["long"] = "999" }),
            ("long", new() { ["lat"] = "24.8731", ["long"] = "-180.5" }),
            ("lat", new() { ["lat"] = "abc", ["long"] = "118.5512" }),
            ("lat", new() { ["lat"] = "24,8731", ["long"] = "118.5512" }),
            ("long", new() { ["lat"] = "24.8731", ["long"] = "NaN" }),
            ("long", new() { ["lat"] = "24.8731", ["address_string"] = "紫山路 2 号" }),
            ("phone", new() { ["address_string"] = "紫山路 2 号", ["phone"] = "12345" }),
            ("email", new() { ["address_string"] = "紫山路 2 号", ["email"] = "not-an-address" }),
            ("media_url", new() { ["address_string"] = "紫山路 2 号", ["media_url"] = "javascript:alert(1)" }),
        ];

        foreach (var (field, form) in attempts)
        {
            form["service_code"] = "URBAN-MGT-02";
            form["description"] = "路灯不亮。";
            var response = await citizen.PostAsync($"{Prefix}/requests.json", new FormUrlEncodedContent(form));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{string.Join('&', form.Select(f => $"{f.Key}={f.Value}"))}: {(int)response.StatusCode} {body}");
            var error = JsonNode.Parse(body)!.AsArray()[0]!;
            Assert.Equal(400, error["code"]!.GetValue<int>());
            Assert.StartsWith(field, error["description"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.cases"));
    }

    [Fact]
    public async Task Discovery_names_the_configured_public_address()
    {
        await using var host = await GovernanceHost.StartAsync(servers,
            extraSettings: new Dictionary<string, string> { ["Platform:PublicBaseUrl"] = "https://zwfw.qingmeng.example.cn/" });
        using var citizen = host.Client(TestCaller.Citizen);

        var discovery = JsonNode.Parse(await citizen.GetStringAsync($"{Prefix}/discovery.json"))!;

        Assert.Equal($"https://zwfw.qingmeng.example.cn{Prefix}", discovery["endpoints"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_configured_address_discovery_names_the_address_the_gateway_forwarded_and_ignores_an_untrusted_peers()
    {
        await using var host = await GovernanceHost.StartAsync(servers);

        var viaGateway = await DiscoveryUrlAsync(host, IPAddress.Loopback);
        var fromOutside = await DiscoveryUrlAsync(host, IPAddress.Parse("203.0.113.9"));

        Assert.Equal($"https://gateway.qingmeng.example.cn:8443{Prefix}", viaGateway);
        Assert.DoesNotContain("evil.example", fromOutside, StringComparison.Ordinal);
    }

    /// <summary>A request as the gateway forwards it (X-Forwarded-Proto/Host), from <paramref name="peer"/>, to the service's own address.</summary>
    private static async Task<string> DiscoveryUrlAsync(GovernanceHost host, IPAddress peer)
    {
        var context = await host.Primary.Server.SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Scheme = "http";
            http.Request.Host = new("localhost", 5201);
            http.Request.Path = $"{Prefix}/discovery.json";
            http.Connection.RemoteIpAddress = peer;
            http.Request.Headers.Authorization = $"Bearer {TestTokens.For(TestCaller.Citizen, GovernanceHost.Audience)}";
            http.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
            http.Request.Headers["X-Forwarded-Proto"] = "https";
            http.Request.Headers["X-Forwarded-Host"] = peer.Equals(IPAddress.Loopback) ? "gateway.qingmeng.example.cn:8443" : "evil.example";
        });
        Assert.Equal(200, context.Response.StatusCode);
        using var reader = new StreamReader(context.Response.Body);
        return JsonNode.Parse(await reader.ReadToEndAsync())!["endpoints"]![0]!["url"]!.GetValue<string>();
    }
}
