using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;

namespace Talent.IntegrationTests.Infrastructure;

/// <summary>The talent service as a real host on a fresh database of its own and the shared broker.</summary>
public sealed class TalentHost : IAsyncDisposable
{
    public static readonly string Audience = PlatformScopes.Audiences[PlatformScopes.Talent];

    private TalentHost(PlatformServersFixture servers, string database, IReadOnlyDictionary<string, string>? extraSettings)
    {
        Servers = servers;
        Database = database;
        var settings = ServiceHost<Program>.FastMessagingSettings();
        settings["ConnectionStrings:talentdb"] = database;
        settings["ConnectionStrings:eventbus"] = servers.RabbitMq.ConnectionString;
        settings["ConnectionStrings:cache"] = servers.Redis.ConnectionString;
        // The reminder job runs only when a test asks for a round.
        settings["Scheduling:Jobs:LeaseExpiryReminderJob:Interval"] = "01:00:00";
        settings["Scheduling:Jobs:WelfareReviewReminderJob:Interval"] = "01:00:00";
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        Host = new ServiceHost<Program>(settings);
    }

    /// <summary>A 民政局 officer: the welfare department's handling officer.</summary>
    public static readonly TestCaller WelfareOfficer = new("officer-mzj", "苏民政", [PlatformRoles.DepartmentOfficer], DepartmentCode: "MZJ");

    public PlatformServersFixture Servers { get; }

    public string Database { get; }

    public ServiceHost<Program> Host { get; }

    public static async Task<TalentHost> StartAsync(PlatformServersFixture servers, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new TalentHost(servers, await servers.CreateDatabaseAsync("talentdb"), settings);
        _ = host.Host.Server;
        // The firm register's replica, as FirmRegistered would have filled it on the platform.
        await host.RegisterFirmAsync(TestTokens.FirmACreditCode, "泉州杰嘉电子有限公司");
        await host.RegisterFirmAsync(TestTokens.FirmBCreditCode, "福建路金汽车精密零部件有限公司");
        return host;
    }

    /// <summary>Puts a firm into the replica of the zone's firm register (governance publishes it as <c>FirmRegistered</c>).</summary>
    public async Task RegisterFirmAsync(string creditCode, string name)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Qingmeng.Talent.Infrastructure.TalentContext>();
        var firm = Qingmeng.Talent.Model.RegisteredFirm.Learn(creditCode, DateTimeOffset.UtcNow);
        firm.Apply(name, "C39", "M", "泉州清濛经济技术开发区", new DateOnly(2018, 5, 8), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
        db.Firms.Add(firm);
        await db.SaveChangesAsync();
    }

    public HttpClient Client(TestCaller caller) => Host.CreateClient(caller, Audience);

    public HttpClient Anonymous() => Host.CreateClient();

    public Task<long> ScalarAsync(string sql) => Servers.ScalarAsync(Database, sql);

    public Task ExecuteAsync(string sql) => Servers.ExecuteAsync(Database, sql);

    public async Task<string> ScalarTextAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A valid resident ID number for test person <paramref name="serial"/>.</summary>
    public static string ResidentId(int serial)
    {
        var first17 = $"35058219920315{serial % 1000:D3}";
        return first17 + ResidentIdNumber.ComputeCheckDigit(first17);
    }

    /// <summary>A verified citizen, test person <paramref name="serial"/>: the token carries the digest of <see cref="ResidentId"/>.</summary>
    public static TestCaller Citizen(int serial) =>
        new($"citizen-person-{serial}", "陈志强", [PlatformRoles.Citizen]) { ResidentIdNumber = ResidentId(serial) };

    public static object PostingBody(string title = "SMT贴片操作工", decimal min = 5_500, decimal max = 7_500, string type = "FullTime",
        string locality = "清濛园区", double? latitude = 24.863, double? longitude = 118.561, DateTimeOffset? validThrough = null) => new
        {
            title,
            description = "负责SMT产线上料、巡检与首件确认，两班倒，包食宿，稳岗满6个月另发稳岗补贴。",
            organizationName = "泉州杰嘉电子有限公司",
            validThrough = validThrough ?? DateTimeOffset.UtcNow.AddDays(30),
            employmentType = type,
            streetAddress = "智能产业园12号厂房",
            addressLocality = locality,
            addressRegion = "福建省",
            latitude,
            longitude,
            salaryMin = min,
            salaryMax = max,
            salaryUnit = "Month",
            openings = 10,
        };

    public async Task<Guid> PostJobAsync(TestCaller? firm = null, object? body = null)
    {
        using var client = Client(firm ?? TestCaller.FirmA);
        var response = await client.PostAsJsonAsync("/api/talent/jobs", body ?? PostingBody());
        return await IdOfAsync(response, HttpStatusCode.Created);
    }

    public static async Task<Guid> IdOfAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Waits until the outbox has published every event it holds, and returns how many of a type it published.</summary>
    public async Task<long> WaitForPublishedAsync(string eventTypeName, long expected)
    {
        return await Eventually.MatchesAsync(
            () => ScalarAsync($"SELECT count(*) FROM talent.outbox_messages WHERE event_type LIKE '%{eventTypeName}%' AND sent_at IS NOT NULL"),
            count => count >= expected, TimeSpan.FromSeconds(30), $"{expected} published {eventTypeName} events");
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
