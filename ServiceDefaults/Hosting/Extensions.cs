using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.ServiceDefaults;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The defaults every Qingmeng process shares: telemetry, health, service discovery,
/// resilient HTTP clients, problem details and JSON that keeps Chinese readable.
/// </summary>
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddPlatformJson();
        builder.AddPlatformProblemDetails();
        builder.AddPlatformOpenApi();
        builder.AddPlatformForwardedHeaders();
        builder.AddPlatformPublicAddress();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        return builder;
    }

    /// <summary>Health endpoints exist in every environment: Kubernetes probes depend on them.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapPlatformHealthChecks();
        app.MapPlatformOpenApi();
        return app;
    }
}
