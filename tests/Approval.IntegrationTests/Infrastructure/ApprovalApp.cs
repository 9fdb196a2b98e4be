using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;

namespace Approval.IntegrationTests.Infrastructure;

/// <summary>
/// The approval service as one or more real replicas on a fresh database of the shared servers, all reading the time
/// from one <see cref="FakeTimeProvider"/> so tests can move past deadlines. The clock starts on Monday 1 March 2027
/// 09:00 CST, after the tokens' issue time, so tokens (issued now, valid for a year) stay valid whichever clock validates them.
/// </summary>
public sealed class ApprovalApp : IAsyncDisposable
{
    public static readonly string Audience = PlatformScopes.Audiences[PlatformScopes.Approval];

    public static readonly DateTimeOffset Start = new(2027, 3, 1, 9, 0, 0, ChinaTime.Offset);

    public static readonly TestCaller OfficerZjj = TestCaller.DepartmentOfficer;
    public static readonly TestCaller OfficerZrj = new("officer-zrj", "郑美玲", [PlatformRoles.DepartmentOfficer], DepartmentCode: "ZRJ");
    public static readonly TestCaller OfficerFgj = new("officer-fgj", "陈发改", [PlatformRoles.DepartmentOfficer], DepartmentCode: "FGJ");
    public static readonly TestCaller OfficerSthj = new("officer-sthj", "黄生态", [PlatformRoles.DepartmentOfficer], DepartmentCode: "HBJ");
    public static readonly TestCaller OfficerAjj = new("officer-ajj", "洪应急", [PlatformRoles.DepartmentOfficer], DepartmentCode: "AJJ");
    public static readonly TestCaller AgentLin = TestCaller.Agent;
    public static readonly TestCaller AgentWu = new("agent-wu", "吴帮办", [PlatformRoles.Agent]);

    private readonly List<WebApplicationFactory<Program>> _replicas = [];
    private readonly List<ServiceHost<Program>> _hosts = [];

    private ApprovalApp(PlatformServersFixture servers, string database)
    {
        Servers = servers;
        Database = database;
    }

    public PlatformServersFixture Servers { get; }

    public string Database { get; }

    public FakeTimeProvider Time { get; } = new(Start.ToUniversalTime());

    public IReadOnlyList<WebApplicationFactory<Program>> Replicas => _replicas;

    public WebApplicationFactory<Program> Host => _replicas[0];

    public static async Task<ApprovalApp> StartAsync(
        PlatformServersFixture servers, int replicas = 1, string jobInterval = "01:00:00", IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var app = new ApprovalApp(servers, await servers.CreateDatabaseAsync("approvaldb"));
        for (var i = 0; i < replicas; i++)
        {
            var settings = ServiceHost<Program>.FastMessagingSettings();
            settings["ConnectionStrings:approvaldb"] = app.Database;
            settings["ConnectionStrings:eventbus"] = servers.RabbitMq.ConnectionString;
            settings["ConnectionStrings:cache"] = servers.Redis.ConnectionString;
            settings["Scheduling:Jobs:ApprovalClockJob:Interval"] = jobInterval;
            foreach (var (key, value) in extraSettings ?? new Dictionary<string, string>())
            {
                settings[key] = value;
            }
            var host = new ServiceHost<Program>(settings);
            var replica = host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(app.Time)));
            app._hosts.Add(host);
            app._replicas.Add(replica);
            _ = replica.Server;
        }
        // The firm register's replica, as FirmRegistered would have filled it on the platform.
        await app.RegisterFirmAsync(TestTokens.FirmACreditCode, "泉州杰嘉电子有限公司");
        await app.RegisterFirmAsync(TestTokens.FirmBCreditCode, "福建路金汽车精密零部件有限公司");
        return app;
    }

    /// <summary>Puts a firm into the replica of the zone's firm register (governance publishes it as <c>FirmRegistered</c>).</summary>
    public async Task RegisterFirmAsync(string creditCode, string name)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalContext>();
        var firm = RegisteredFirm.Learn(creditCode, Time.GetUtcNow());
        firm.Apply(name, "C39", "M", "泉州清濛经济技术开发区", new DateOnly(2018, 5, 8), Time.GetUtcNow(), Time.GetUtcNow());
        db.Firms.Add(firm);
        await db.SaveChangesAsync();
    }

    public HttpClient Client(TestCaller caller, int replica = 0)
    {
        var client = _replicas[replica].CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(caller, Audience, TimeSpan.FromDays(365)));
        return client;
    }

    public HttpClient Anonymous() => _replicas[0].CreateClient();

    public Task<long> ScalarAsync(string sql) => Servers.ScalarAsync(Database, sql);

    /// <summary>Events of one type in the outbox, optionally only those whose payload field has the value.</summary>
    public Task<long> OutboxCountAsync(string eventName, string? field = null, object? value = null) => ScalarAsync(
        $"SELECT count(*) FROM approval.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.{eventName},%'"
        + (field is null ? "" : $" AND payload::jsonb->>'{field}' = '{value}'"));

    /// <summary>Every agent used by the tests joins the pool.</summary>
    public async Task EnrolAsync(params TestCaller[] agents)
    {
        foreach (var agent in agents)
        {
            using var client = Client(agent);
            var response = await client.PostAsync("/api/approval/agents/me", null);
            await ExpectAsync(response, HttpStatusCode.OK);
            Time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    public static object ProjectBody(string name, string creditCode, string[]? subItemCodes = null, bool key = true) => new
    {
        name,
        creditCode,
        firmName = "泉州杰嘉电子有限公司",
        investmentAmount = 320_000_000m,
        landLocation = "清濛经济技术开发区智能产业园A-07地块",
        landAreaMu = 86.5m,
        industryCode = "C39",
        isKeyProject = key,
        subItemCodes,
    };

    public async Task<JsonElement> RegisterAsync(TestCaller caller, string name, string[]? subItemCodes = null, string? creditCode = null)
    {
        using var client = Client(caller);
        var response = await client.PostAsJsonAsync("/api/approval/projects", ProjectBody(name, creditCode ?? TestTokens.FirmACreditCode, subItemCodes));
        return await ExpectAsync(response, HttpStatusCode.Created);
    }

    public async Task DelegateAsync(Guid projectId, TestCaller firm)
    {
        using var client = Client(firm);
        var response = await client.PostAsJsonAsync($"/api/approval/projects/{projectId}/delegation", new { scope = "委托办理本项目全部审批事项的材料提交与补正" });
        await ExpectAsync(response, HttpStatusCode.Created);
    }

    public static Guid TaskId(JsonElement project, string code) =>
        project.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("subItemCode").GetString() == code).GetProperty("id").GetGuid();

    public static string[] RequiredMaterials(JsonElement project, string code) =>
        [.. project.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("subItemCode").GetString() == code)
            .GetProperty("requiredMaterials").EnumerateArray().Select(m => m.GetString()!)];

    /// <summary>The officer of the department that handles a sub-item (by its code's prefix: STHJ-… is HBJ's, YJGL-… AJJ's).</summary>
    public static TestCaller OfficerOf(string code) => code.Split('-')[0] switch
    {
        "ZJJ" => OfficerZjj,
        "ZRJ" => OfficerZrj,
        "FGJ" => OfficerFgj,
        "STHJ" => OfficerSthj,
        "YJGL" => OfficerAjj,
        var other => throw new ArgumentException($"no officer for sub-item {code}", nameof(code)),
    };

    public async Task<JsonElement> PostAsync(TestCaller caller, string path, object? body, HttpStatusCode expected)
    {
        using var client = Client(caller);
        var response = body is null ? await client.PostAsync(path, null) : await client.PostAsJsonAsync(path, body);
        return await ExpectAsync(response, expected);
    }

    public async Task<JsonElement> PutAsync(TestCaller caller, string path, object body, HttpStatusCode expected)
    {
        using var client = Client(caller);
        return await ExpectAsync(await client.PutAsJsonAsync(path, body), expected);
    }

    public async Task<JsonElement> GetAsync(TestCaller caller, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = Client(caller);
        return await ExpectAsync(await client.GetAsync(path), expected);
    }

    /// <summary>Submit (by the firm), accept, review and approve one task with the right roles.</summary>
    public async Task WalkToApprovalAsync(JsonElement project, string code, TestCaller applicant)
    {
        var id = TaskId(project, code);
        var officer = OfficerOf(code);
        await PostAsync(applicant, $"/api/approval/tasks/{id}/submit", new { materials = RequiredMaterials(project, code) }, HttpStatusCode.OK);
        await PostAsync(officer, $"/api/approval/tasks/{id}/accept", null, HttpStatusCode.OK);
        await PostAsync(officer, $"/api/approval/tasks/{id}/start-review", null, HttpStatusCode.OK);
        Time.Advance(TimeSpan.FromHours(2));
        await PostAsync(officer, $"/api/approval/tasks/{id}/approve", new { reason = "材料齐全，符合法定条件" }, HttpStatusCode.OK);
    }

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }
}
