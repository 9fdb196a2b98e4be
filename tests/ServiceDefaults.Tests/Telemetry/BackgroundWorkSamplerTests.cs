using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Qingmeng.ServiceDefaults.Tests.Telemetry;

/// <summary>The platform's sampler: background polling starts no traces, everything else is traced as before.</summary>
public sealed class BackgroundWorkSamplerTests : IDisposable
{
    private readonly ActivitySource _source = new($"Qingmeng.Tests.{Guid.NewGuid():N}");
    private readonly TracerProvider _tracing;

    public BackgroundWorkSamplerTests() =>
        _tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(_source.Name)
            .SetSampler(new ParentBasedSampler(new BackgroundWorkSampler()))
            .Build()!;

    [Fact]
    public void StartActivity_withoutParentInBackgroundWork_isNotTraced()
    {
        using var backgroundWork = BackgroundWork.Begin();

        using var poll = _source.StartActivity("outbox poll");

        // Not recorded, so never exported (another listener in the process may still have it created).
        Assert.False(poll is { Recorded: true });
    }

    [Fact]
    public void StartActivity_withoutParentOutsideBackgroundWork_isTraced()
    {
        using (BackgroundWork.Begin())
        {
        }

        using var request = _source.StartActivity("request");

        Assert.True(request is { Recorded: true });
    }

    [Fact]
    public void StartActivity_underATracedParentInBackgroundWork_followsItsParent()
    {
        var stagedUnder = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);
        using var backgroundWork = BackgroundWork.Begin();

        using var publish = _source.StartActivity("outbox publish", ActivityKind.Producer, stagedUnder);

        Assert.True(publish is { Recorded: true });
        Assert.Equal(stagedUnder.TraceId, publish.TraceId);
    }

    public void Dispose()
    {
        _tracing.Dispose();
        _source.Dispose();
    }
}
