using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.IntegrationTests.Infrastructure;
using Qingmeng.ServiceDefaults.Notifications;

namespace Platform.IntegrationTests.Notifications;

[Collection(PlatformServersCollection.Name)]
public sealed class NotificationSenderTests(PlatformServersFixture servers)
{
    private const string Mobile = "13805951234";

    [Fact]
    public async Task A_key_is_sent_once_even_when_two_replicas_race()
    {
        var database = await NewDatabaseAsync();
        using var replicaA = BuildHost(database);
        using var replicaB = BuildHost(database);
        var notification = new Notification("renewal-warning:loan-1", Mobile, "renewal-warning", "您的贷款将于30天后到期，可申请续贷。");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? replicaA : replicaB).Services.GetRequiredService<INotificationSender>().SendAsync(notification)));

        Assert.Equal(1, outcomes.Count(o => o == NotificationOutcome.Sent));
        Assert.All(outcomes.Where(o => o != NotificationOutcome.Sent), o => Assert.Equal(NotificationOutcome.Duplicate, o));
        Assert.Equal(1, await servers.ScalarAsync(database, "SELECT count(*) FROM notification_messages WHERE status = 'Delivered'"));
    }

    [Fact]
    public async Task An_opted_out_category_is_not_sent_but_others_are()
    {
        var database = await NewDatabaseAsync();
        using var host = BuildHost(database);
        await servers.ExecuteAsync(database, $"INSERT INTO notification_opt_outs (recipient, category, created_at) VALUES ('{Mobile}', 'policy-push', now())");
        var sender = host.Services.GetRequiredService<INotificationSender>();

        var push = await sender.SendAsync(new("policy-push:P-001:firm-a", Mobile, "policy-push", "您可能符合《专精特新企业奖励》申报条件。"));
        var reminder = await sender.SendAsync(new("lease-expiry:apt-9", Mobile, "lease-expiry", "您的人才公寓租约将于30天后到期。"));

        Assert.Equal(NotificationOutcome.OptedOut, push);
        Assert.Equal(NotificationOutcome.Sent, reminder);
    }

    [Fact]
    public async Task A_recipient_gets_at_most_the_hourly_limit_and_a_throttled_key_can_be_sent_later()
    {
        var database = await NewDatabaseAsync();
        using var host = BuildHost(database, new() { ["Notifications:MaxPerRecipientPerHour"] = "2" });
        var sender = host.Services.GetRequiredService<INotificationSender>();

        var outcomes = new List<NotificationOutcome>();
        for (var i = 0; i < 3; i++)
        {
            outcomes.Add(await sender.SendAsync(new($"case-reminder:{i}", "officer-zjj", "case-reminder", $"工单 GD{i} 签收已超时，请尽快处理。")));
        }

        Assert.Equal([NotificationOutcome.Sent, NotificationOutcome.Sent, NotificationOutcome.Throttled], outcomes);
        Assert.Equal(2, await servers.ScalarAsync(database, "SELECT count(*) FROM notification_messages"));
    }

    [Fact]
    public async Task With_a_gateway_configured_a_mobile_recipient_gets_an_sms_and_a_refusal_can_be_retried()
    {
        var database = await NewDatabaseAsync();
        await using var gateway = await FakeSmsGateway.StartAsync();
        using var host = BuildHost(database, new()
        {
            ["Notifications:SmsGateway:Endpoint"] = gateway.Endpoint,
            ["Notifications:SmsGateway:ApiKey"] = "gateway-key",
        });
        var sender = host.Services.GetRequiredService<INotificationSender>();
        var notification = new Notification("subsidy-paid:42", Mobile, "subsidy-paid", "秒兑现：补贴 50000 元已拨付。");

        gateway.Refuse = true;
        var refused = await sender.SendAsync(notification);
        gateway.Refuse = false;
        var retried = await sender.SendAsync(notification);
        var again = await sender.SendAsync(notification);

        Assert.Equal([NotificationOutcome.Failed, NotificationOutcome.Sent, NotificationOutcome.Duplicate], new[] { refused, retried, again });
        var delivered = Assert.Single(gateway.Accepted);
        Assert.Contains("【清濛】秒兑现：补贴 50000 元已拨付。", delivered);
        Assert.Contains(Mobile, delivered);
        Assert.Equal("Bearer gateway-key", gateway.LastAuthorization);
    }

    private async Task<string> NewDatabaseAsync()
    {
        var database = await servers.CreateDatabaseAsync("notify");
        await using var db = new NotificationsContext(new DbContextOptionsBuilder<NotificationsContext>().UseNpgsql(database).UseSnakeCaseNamingConvention().Options);
        await db.Database.EnsureCreatedAsync();
        return database;
    }

    private static IHost BuildHost(string connectionString, Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddDbContext<NotificationsContext>(options => options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention());
        builder.AddPlatformNotifications<HostApplicationBuilder, NotificationsContext>();
        return builder.Build();
    }

    public sealed class NotificationsContext(DbContextOptions<NotificationsContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddNotificationTables();
    }

    /// <summary>A MAS-style gateway on a real socket: records what it accepts, refuses on demand.</summary>
    private sealed class FakeSmsGateway : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private FakeSmsGateway(WebApplication app) => _app = app;

        public string Endpoint => _app.Urls.Single() + "/sms/submit";

        public bool Refuse { get; set; }

        public List<string> Accepted { get; } = [];

        public string? LastAuthorization { get; private set; }

        public static async Task<FakeSmsGateway> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var gateway = new FakeSmsGateway(app);
            app.MapPost("/sms/submit", async (HttpRequest request) =>
            {
                gateway.LastAuthorization = request.Headers.Authorization;
                if (gateway.Refuse)
                {
                    return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                }
                using var reader = new StreamReader(request.Body);
                gateway.Accepted.Add(await reader.ReadToEndAsync());
                return Results.Ok();
            });
            await app.StartAsync();
            return gateway;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
