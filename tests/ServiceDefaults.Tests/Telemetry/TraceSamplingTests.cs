using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Qingmeng.ServiceDefaults.Tests.Telemetry;

/// <summary>Production sampling: new traces at a configured ratio, every later span follows its parent.</summary>
public sealed class TraceSamplingTests
{
    [Theory]
    [InlineData("Development", null, 1.0)]
    [InlineData("Production", null, TraceSampling.DefaultProductionRatio)]
    [InlineData("Staging", null, TraceSampling.DefaultProductionRatio)]
    [InlineData("Production", "0.25", 0.25)]
    [InlineData("Development", "0", 0.0)]
    public void RatioFor_uses_the_setting_or_the_environments_default(string environment, string? setting, double expected)
    {
        var ratio = TraceSampling.RatioFor(Configuration(setting), Environment(environment));

        Assert.Equal(expected, ratio);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("all")]
    public void RatioFor_outside_0_to_1_stops_the_start_naming_the_setting(string setting)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TraceSampling.RatioFor(Configuration(setting), Environment("Production")));

        Assert.Contains(TraceSampling.RatioKey, error.Message);
    }

    [Fact]
    public void New_traces_are_kept_at_the_ratio()
    {
        using var tracing = new Tracing("0.25");

        var kept = Enumerable.Range(0, 4000).Count(_ =>
        {
            using var request = tracing.Source.StartActivity("request");
            return request is { Recorded: true };
        });

        // Trace ids are random: a quarter of 4,000 is 1,000, and ±150 is more than five standard deviations.
        Assert.InRange(kept, 850, 1150);
    }

    [Fact]
    public void A_span_under_a_kept_parent_is_kept_even_at_ratio_0()
    {
        using var tracing = new Tracing("0");
        var keptUpstream = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);

        using var span = tracing.Source.StartActivity("proxied request", ActivityKind.Server, keptUpstream);

        Assert.True(span is { Recorded: true });
    }

    [Fact]
    public void A_span_under_a_dropped_parent_is_dropped_even_at_ratio_1()
    {
        using var tracing = new Tracing("1");
        var droppedUpstream = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.None, isRemote: true);

        using var span = tracing.Source.StartActivity("proxied request", ActivityKind.Server, droppedUpstream);

        Assert.False(span is { Recorded: true });
    }

    [Fact]
    public void Background_work_starts_no_trace_even_at_ratio_1()
    {
        using var tracing = new Tracing("1");
        using var backgroundWork = BackgroundWork.Begin();

        using var poll = tracing.Source.StartActivity("outbox poll");

        Assert.False(poll is { Recorded: true });
    }

    private static IConfiguration Configuration(string? ratio) => new ConfigurationBuilder()
        .AddInMemoryCollection(ratio is null ? [] : [new(TraceSampling.RatioKey, ratio)])
        .Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };

    private sealed class Tracing : IDisposable
    {
        private readonly TracerProvider _provider;

        public Tracing(string ratio)
        {
            Source = new ActivitySource($"Qingmeng.Tests.{Guid.NewGuid():N}");
            _provider = Sdk.CreateTracerProviderBuilder()
                .AddSource(Source.Name)
                .SetSampler(TraceSampling.CreateSampler(Configuration(ratio), Environment("Production")))
                .Build()!;
        }

        public ActivitySource Source { get; }

        public void Dispose()
        {
            _provider.Dispose();
            Source.Dispose();
        }
    }
}
