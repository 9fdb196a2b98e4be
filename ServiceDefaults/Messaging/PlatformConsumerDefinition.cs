using MassTransit;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>
/// The standard policy for a consumer: immediate retries, then exponential ones, then the message is
/// parked in the endpoint's <c>_error</c> queue for an operator to inspect and replay.
/// </summary>
public class PlatformConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly MessagingOptions _options;

    public PlatformConsumerDefinition(IOptions<MessagingOptions> options)
    {
        _options = options.Value;
        ConcurrentMessageLimit = _options.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(RetryIntervals(_options)));
    }

    /// <summary>Immediate attempts (no wait) followed by exponentially spaced ones, capped.</summary>
    public static TimeSpan[] RetryIntervals(MessagingOptions options)
    {
        var immediate = Enumerable.Repeat(TimeSpan.Zero, options.ImmediateRetries);
        var exponential = Enumerable.Range(0, options.ExponentialRetries).Select(i =>
            TimeSpan.FromTicks(Math.Min(options.ExponentialMinInterval.Ticks << i, options.ExponentialMaxInterval.Ticks)));
        return [.. immediate, .. exponential];
    }
}
