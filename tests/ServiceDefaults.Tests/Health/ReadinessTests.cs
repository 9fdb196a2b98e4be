using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.ServiceDefaults.Tests.Health;

/// <summary>
/// Readiness fails only on the service's own database: the broker (MassTransit's bus check) and Redis (Aspire's
/// client check) are registered by the real packages here and must report Degraded, which still answers 200.
/// </summary>
public sealed class ReadinessTests
{
    // Nothing listens on port 1: every dependency is "down" at once, as in an outage.
    private const string DeadDatabase = "Host=127.0.0.1;Port=1;Database=readiness;Username=nobody;Password=none;Timeout=1";
    private const string DeadBroker = "amqp://guest:guest@127.0.0.1:1/";
    private const string DeadRedis = "127.0.0.1:1,abortConnect=false,connectTimeout=200,syncTimeout=200,asyncTimeout=200";

    [Fact]
    public void Registrations_ofBusAndRedisChecks_failAsDegraded_ownDatabaseCheck_failsAsUnhealthy()
    {
        using var host = BuildServiceHost();
        var registrations = host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        var database = Assert.Single(registrations, r => r.Name == nameof(ReadinessContext));
        Assert.Equal(HealthStatus.Unhealthy, database.FailureStatus);
        Assert.Contains(registrations, r => r.Name.Contains("masstransit", StringComparison.OrdinalIgnoreCase) || r.Tags.Contains("masstransit"));
        Assert.Contains(registrations, r => r.Name.Contains("Redis", StringComparison.OrdinalIgnoreCase));
        Assert.All(
            registrations.Where(r => r.Name != nameof(ReadinessContext) && !r.Tags.Contains(HealthCheckExtensions.LiveTag)),
            r => Assert.True(r.FailureStatus == HealthStatus.Degraded, $"{r.Name} fails as {r.FailureStatus}"));
    }

    [Fact]
    public async Task CheckHealthAsync_brokerAndRedisUnreachable_reportsDegradedNotUnhealthy()
    {
        using var host = BuildServiceHost();
        var health = host.Services.GetRequiredService<HealthCheckService>();

        // Everything but the database, which a unit test cannot provide (its own failure is the Unhealthy case).
        var report = await health.CheckHealthAsync(r => r.Name != nameof(ReadinessContext));

        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.Contains(report.Entries, e => e.Value.Status == HealthStatus.Degraded && e.Key.Contains("Redis", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(report.Entries, e => e.Value.Status == HealthStatus.Unhealthy);
    }

    [Fact]
    public async Task CheckHealthAsync_aDependencyCheckThatThrows_isDegraded()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddServiceDefaults();
        builder.Services.AddHealthChecks().AddCheck("search-index", () => throw new InvalidOperationException("index away"));
        using var host = builder.Build();

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.Equal(HealthStatus.Degraded, report.Entries["search-index"].Status);
    }

    [Fact]
    public async Task CheckHealthAsync_aDependencyCheckSlowerThanItsTimeout_isDegradedWithinTheTimeout()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["HealthChecks:CheckTimeout"] = "00:00:00.300";
        builder.AddServiceDefaults();
        builder.Services.AddHealthChecks().AddAsyncCheck("slow-dependency", async cancellationToken =>
        {
            await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
            return HealthCheckResult.Healthy();
        });
        using var host = builder.Build();
        var started = TimeProvider.System.GetTimestamp();

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Degraded, report.Entries["slow-dependency"].Status);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(20), "the probe waited for the slow dependency");
    }

    [Fact]
    public async Task CheckHealthAsync_ownDatabaseCheckFailing_isUnhealthy()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddServiceDefaults();
        builder.Services.AddHealthChecks().AddCheck(nameof(ReadinessContext), () => HealthCheckResult.Unhealthy("database away"));
        builder.Services.AddReadinessCriticalCheck(nameof(ReadinessContext));
        using var host = builder.Build();

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
    }

    private static IHost BuildServiceHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:readinessdb"] = DeadDatabase,
            [$"ConnectionStrings:{MessagingExtensions.EventBusConnectionName}"] = DeadBroker,
            ["ConnectionStrings:cache"] = DeadRedis,
        });
        builder.AddServiceDefaults();
        builder.AddPlatformDbContext<HostApplicationBuilder, ReadinessContext>("readinessdb");
        builder.AddPlatformMessaging<HostApplicationBuilder, ReadinessContext>("readiness");
        builder.AddRedisClient("cache");
        return builder.Build();
    }

    private sealed class ReadinessContext(DbContextOptions<ReadinessContext> options) : DbContext(options);
}
