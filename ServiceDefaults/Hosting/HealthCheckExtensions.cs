using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults;

/// <summary>
/// Liveness and readiness, kept apart so that an outage of a shared dependency never takes every replica out of rotation.
/// <list type="bullet">
/// <item><c>/alive</c> (liveness): the process answers; only checks tagged <see cref="LiveTag"/> run. Failing it restarts the pod.</item>
/// <item><c>/health</c> (readiness): every check runs, but only the service's own database
/// (<see cref="AddReadinessCriticalCheck"/>) can make it Unhealthy (503). Any other dependency — the RabbitMQ bus
/// (the outbox holds events meanwhile), Redis (the gateway's limiter fails open) — reports Degraded, which still answers 200.</item>
/// </list>
/// </summary>
public static class HealthCheckExtensions
{
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";
    public const string LiveTag = "live";

    /// <summary>Tag of checks whose failure only degrades readiness (added to every check not marked critical).</summary>
    public const string DependencyTag = "dependency";

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<PlatformHealthCheckOptions>().BindConfiguration(PlatformHealthCheckOptions.SectionName);
        // Post-configure: runs after the Aspire client integrations and MassTransit have added their checks.
        builder.Services.AddSingleton<IPostConfigureOptions<HealthCheckServiceOptions>, DependencyChecksDegrade>();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>Lets the check named <paramref name="checkName"/> fail readiness (Unhealthy, 503): for the service's own database only.</summary>
    public static IServiceCollection AddReadinessCriticalCheck(this IServiceCollection services, string checkName) =>
        services.Configure<PlatformHealthCheckOptions>(options => options.CriticalChecks.Add(checkName));

    /// <summary>Maps readiness (<c>/health</c>) and liveness (<c>/alive</c>) in every environment; the gateway never routes them.</summary>
    public static WebApplication MapPlatformHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath, new HealthCheckOptions
        {
            ResponseWriter = HealthReportWriter.WriteAsync,
            // Degraded keeps the replica in rotation: the body names the dependency that is away.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).DisableHttpMetrics();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .DisableHttpMetrics();
        return app;
    }

    public static bool IsProbePath(PathString path) =>
        path.StartsWithSegments(HealthPath) || path.StartsWithSegments(AlivePath);
}

/// <summary>Readiness settings, bound from the <c>HealthChecks</c> section.</summary>
public sealed class PlatformHealthCheckOptions
{
    public const string SectionName = "HealthChecks";

    /// <summary>Checks that may make readiness Unhealthy; the service's own database adds itself here.</summary>
    public HashSet<string> CriticalChecks { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The longest a check may take before it counts as failed, for checks without a timeout of their own:
    /// an unreachable server must not hold the probe past the orchestrator's probe timeout (5 s).
    /// </summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(3);
}

/// <summary>Caps every non-critical check at Degraded, whatever the package that registered it reports, and bounds each check's time.</summary>
internal sealed class DependencyChecksDegrade(IOptions<PlatformHealthCheckOptions> platformOptions) : IPostConfigureOptions<HealthCheckServiceOptions>
{
    public void PostConfigure(string? name, HealthCheckServiceOptions options)
    {
        var settings = platformOptions.Value;
        foreach (var registration in options.Registrations)
        {
            if (registration.Tags.Contains(HealthCheckExtensions.LiveTag))
            {
                continue;
            }

            if (registration.Timeout == Timeout.InfiniteTimeSpan || registration.Timeout > settings.CheckTimeout)
            {
                registration.Timeout = settings.CheckTimeout;
            }

            // The tag also marks a registration already wrapped, should the options be built again.
            if (settings.CriticalChecks.Contains(registration.Name) || !registration.Tags.Add(HealthCheckExtensions.DependencyTag))
            {
                continue;
            }

            // FailureStatus covers a check that throws or times out; the wrapper covers one that returns Unhealthy itself.
            registration.FailureStatus = HealthStatus.Degraded;
            var createCheck = registration.Factory;
            registration.Factory = services => new DegradedOnFailure(createCheck(services));
        }
    }

    private sealed class DegradedOnFailure(IHealthCheck inner) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var result = await inner.CheckHealthAsync(context, cancellationToken);
            return result.Status == HealthStatus.Unhealthy
                ? new HealthCheckResult(HealthStatus.Degraded, result.Description, result.Exception, result.Data)
                : result;
        }
    }
}
