using System.Collections.Concurrent;
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
        Assert.Equal(2, await servers.ScalarAsync(database, "SELECT count(*) FROM notification_messages WHERE status = 'Delivered'"));
        // The throttled one is kept for when the hour allows.
        Assert.Equal(1, await servers.ScalarAsync(database,
            "SELECT count(*) FROM notification_messages WHERE key = 'case-reminder:2' AND status = 'Pending' AND next_attempt_at > now() + interval '50 minutes'"));
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

    [Fact]
    public async Task Rows_left_by_crashed_senders_are_each_sent_exactly_once_by_two_replicas()
    {
        var database = await NewDatabaseAsync();
        await using var gateway = await FakeSmsGateway.StartAsync();
        gateway.Delay = TimeSpan.FromMilliseconds(20);
        var settings = QueueSettings(gateway, new() { ["Notifications:BatchSize"] = "5" });
        using var replicaA = BuildHost(database, settings);
        using var replicaB = BuildHost(database, settings);
        // Thirty messages handed in before a crash: half never tried, half failed once; no claim on any of them.
        await servers.ExecuteAsync(database, """
            INSERT INTO notification_messages (key, recipient, category, text, channel, status, attempts, created_at)
            SELECT 'crash:' || i, '1380595' || lpad(i::text, 4, '0'), 'case-reminder', '工单 GD' || i || ' 签收已超时。', 'sms',
                   CASE WHEN i % 2 = 0 THEN 'Pending' ELSE 'Failed' END, i % 2, now() - interval '10 minutes'
            FROM generate_series(1, 30) AS i
            """);

        await replicaA.StartAsync();
        await replicaB.StartAsync();
        await Eventually.MatchesAsync(() => servers.ScalarAsync(database, "SELECT count(*) FROM notification_messages WHERE status = 'Delivered'"),
            delivered => delivered == 30, TimeSpan.FromSeconds(60), "all thirty rows delivered");
        await replicaA.StopAsync();
        await replicaB.StopAsync();

        Assert.Equal(30, gateway.Accepted.Count);
        Assert.Equal(30, gateway.Accepted.Distinct().Count());
    }

    [Fact]
    public async Task A_throttled_recipient_does_not_hold_back_another_departments_reminder()
    {
        var database = await NewDatabaseAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:MaxPerRecipientPerHour"] = "2",
            ["Notifications:BatchSize"] = "3",
            ["Notifications:PollInterval"] = "00:00:00.100",
        };
        using var replicaA = BuildHost(database, settings);
        using var replicaB = BuildHost(database, settings);
        // 住建局 had its two messages of the hour ten minutes ago and has eight more waiting, all older than 人社局's one reminder.
        await servers.ExecuteAsync(database, """
            INSERT INTO notification_messages (key, recipient, category, text, channel, status, attempts, created_at, delivered_at)
            SELECT 'zjj-sent:' || i, 'department:ZJJ', 'case-supervision', '工单催办。', 'local', 'Delivered', 1,
                   now() - interval '10 minutes', now() - interval '10 minutes'
            FROM generate_series(1, 2) AS i;
            INSERT INTO notification_messages (key, recipient, category, text, channel, status, attempts, created_at)
            SELECT 'zjj-waiting:' || i, 'department:ZJJ', 'case-supervision', '工单催办。', 'local', 'Pending', 0, now() - interval '5 minutes'
            FROM generate_series(1, 8) AS i;
            INSERT INTO notification_messages (key, recipient, category, text, channel, status, attempts, created_at)
            VALUES ('rsj-reminder:1', 'department:RSJ', 'case-supervision', '劳动争议受理已超期。', 'local', 'Pending', 0, now() - interval '1 minute');
            """);

        await replicaA.StartAsync();
        await replicaB.StartAsync();
        await Eventually.MatchesAsync(() => servers.ScalarAsync(database, "SELECT count(*) FROM notification_messages WHERE key = 'rsj-reminder:1' AND status = 'Delivered'"),
            delivered => delivered == 1, TimeSpan.FromSeconds(30), "人社局's reminder delivered");
        await replicaA.StopAsync();
        await replicaB.StopAsync();

        Assert.Equal(2, await servers.ScalarAsync(database, "SELECT count(*) FROM notification_messages WHERE recipient = 'department:ZJJ' AND status = 'Delivered'"));
        // They wait for the hour that began with the first of the two to end, not at the head of the queue.
        Assert.Equal(8, await servers.ScalarAsync(database,
            "SELECT count(*) FROM notification_messages WHERE key LIKE 'zjj-waiting:%' AND status = 'Pending' AND next_attempt_at > now() + interval '45 minutes'"));
    }

    [Fact]
    public async Task A_message_whose_sender_crashed_mid_send_is_sent_by_the_other_replica_once_the_claim_expires()
    {
        var database = await NewDatabaseAsync();
        await using var gateway = await FakeSmsGateway.StartAsync();
        var settings = QueueSettings(gateway, new() { ["Notifications:ClaimTimeout"] = "00:00:02" });
        using var replicaA = BuildHost(database, settings);
        using var replicaB = BuildHost(database, settings);
        var notification = new Notification("lease-expiry:apt-7", Mobile, "lease-expiry", "您的人才公寓租约将于30天后到期。");

        // Replica A hangs at the gateway and is cut off there, as a crash would: its claim is left behind.
        gateway.HangNext = true;
        using var crash = new CancellationTokenSource();
        var send = replicaA.Services.GetRequiredService<INotificationSender>().SendAsync(notification, crash.Token);
        await Eventually.MatchesAsync(() => Task.FromResult(gateway.Hanging), hanging => hanging, TimeSpan.FromSeconds(30), "replica A's request at the gateway");
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        var claimedUntil = await servers.ScalarAsync(database, "SELECT (extract(epoch FROM claimed_until) * 1000)::bigint FROM notification_messages");

        await replicaB.StartAsync();
        await Eventually.MatchesAsync(() => servers.ScalarAsync(database, "SELECT count(*) FROM notification_messages WHERE status = 'Delivered'"),
            delivered => delivered == 1, TimeSpan.FromSeconds(30), "the message delivered by replica B");
        await replicaB.StopAsync();

        Assert.Single(gateway.Accepted);
        Assert.True(await servers.ScalarAsync(database, "SELECT (extract(epoch FROM delivered_at) * 1000)::bigint FROM notification_messages") >= claimedUntil,
            "sent again only after replica A's claim expired");
    }

    [Fact]
    public async Task A_failed_key_sent_again_by_two_replicas_at_once_goes_out_once()
    {
        var database = await NewDatabaseAsync();
        await using var gateway = await FakeSmsGateway.StartAsync();
        var settings = QueueSettings(gateway, []);
        using var replicaA = BuildHost(database, settings);
        using var replicaB = BuildHost(database, settings);
        var notification = new Notification("subsidy-paid:43", Mobile, "subsidy-paid", "秒兑现：补贴 30000 元已拨付。");

        gateway.Refuse = true;
        Assert.Equal(NotificationOutcome.Failed, await replicaA.Services.GetRequiredService<INotificationSender>().SendAsync(notification));
        gateway.Refuse = false;
        gateway.Delay = TimeSpan.FromMilliseconds(300);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? replicaA : replicaB).Services.GetRequiredService<INotificationSender>().SendAsync(notification)));

        Assert.Equal(1, outcomes.Count(o => o == NotificationOutcome.Sent));
        Assert.All(outcomes.Where(o => o != NotificationOutcome.Sent), o => Assert.Equal(NotificationOutcome.Duplicate, o));
        Assert.Single(gateway.Accepted);
    }

    private static Dictionary<string, string?> QueueSettings(FakeSmsGateway gateway, Dictionary<string, string?> more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:SmsGateway:Endpoint"] = gateway.Endpoint,
            ["Notifications:PollInterval"] = "00:00:00.100",
            ["Notifications:RetryDelay"] = "00:00:00.100",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }
        return settings;
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

        /// <summary>How long each request takes to answer, so that racing senders overlap.</summary>
        public TimeSpan Delay { get; set; }

        /// <summary>The next request never answers (until its caller gives up), like a sender stuck when its process dies.</summary>
        public bool HangNext { get; set; }

        public bool Hanging { get; private set; }

        public ConcurrentQueue<string> Accepted { get; } = [];

        public string? LastAuthorization { get; private set; }

        public static async Task<FakeSmsGateway> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var gateway = new FakeSmsGateway(app);
            app.MapPost("/sms/submit", async (HttpRequest request, CancellationToken aborted) =>
            {
                gateway.LastAuthorization = request.Headers.Authorization;
                if (gateway.HangNext)
                {
                    gateway.HangNext = false;
                    gateway.Hanging = true;
                    await Task.Delay(Timeout.Infinite, aborted);
                }
                if (gateway.Refuse)
                {
                    return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                }
                await Task.Delay(gateway.Delay, aborted);
                using var reader = new StreamReader(request.Body);
                gateway.Accepted.Enqueue(await reader.ReadToEndAsync(aborted));
                return Results.Ok();
            });
            await app.StartAsync();
            return gateway;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
