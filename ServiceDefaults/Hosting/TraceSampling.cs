using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Qingmeng.ServiceDefaults;

/// <summary>
/// Which traces are kept. A trace is decided once, where it starts (normally the gateway): every later span follows its
/// parent's decision (parent-based), so a kept trace is whole across the services. New traces are kept at
/// <c>OpenTelemetry:TraceSampleRatio</c>: every one by default in Development, a tenth by default elsewhere, where tracing
/// every request would cost the hot path more than the traces are worth. Background polling starts none
/// (<see cref="BackgroundWork"/>).
/// </summary>
public static class TraceSampling
{
    public const string RatioKey = "OpenTelemetry:TraceSampleRatio";

    /// <summary>New traces kept outside Development when <see cref="RatioKey"/> is not set.</summary>
    public const double DefaultProductionRatio = 0.1;

    public static Sampler CreateSampler(IConfiguration configuration, IHostEnvironment environment) =>
        new ParentBasedSampler(new RatioRootSampler(RatioFor(configuration, environment)));

    /// <summary>The configured ratio, or the environment's default; a value outside 0…1 stops the start-up.</summary>
    public static double RatioFor(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[RatioKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return environment.IsDevelopment() ? 1.0 : DefaultProductionRatio;
        }
        if (!double.TryParse(configured, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var ratio)
            || ratio is < 0 or > 1 || double.IsNaN(ratio))
        {
            throw new InvalidOperationException($"{RatioKey} 必须是 0 到 1 之间的数 / must be a number from 0 to 1; it is '{configured}'.");
        }
        return ratio;
    }
}

/// <summary>For spans without a parent: background work starts no trace, anything else is kept at the ratio.</summary>
internal sealed class RatioRootSampler(double ratio) : Sampler
{
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);
    private readonly BackgroundWorkSampler _backgroundWork = new();
    private readonly TraceIdRatioBasedSampler _ratio = new(ratio);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        _backgroundWork.ShouldSample(samplingParameters).Decision == SamplingDecision.Drop
            ? Drop
            : _ratio.ShouldSample(samplingParameters);
}
