using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Qingmeng.ServiceDefaults;

public static class OpenTelemetryExtensions
{
    /// <summary>Meter and activity source names of the platform's own instrumentation.</summary>
    public const string PlatformTelemetryName = "Qingmeng";

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit")
                .AddMeter("Npgsql")
                .AddMeter($"{PlatformTelemetryName}.*"))
            .WithTracing(tracing => tracing
                // Background polling starts no traces; requests are kept at the configured ratio, and the work they
                // cause follows their decision (see TraceSampling).
                .SetSampler(TraceSampling.CreateSampler(builder.Configuration, builder.Environment))
                .AddSource(builder.Environment.ApplicationName)
                .AddSource("MassTransit")
                .AddSource("Npgsql")
                .AddSource($"{PlatformTelemetryName}.*")
                .AddAspNetCoreInstrumentation(options =>
                    // Probes would drown the traces that matter.
                    options.Filter = context => !HealthCheckExtensions.IsProbePath(context.Request.Path))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
