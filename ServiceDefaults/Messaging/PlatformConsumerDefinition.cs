using MassTransit;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>
/// The standard policy for a consumer: immediate retries, then exponential ones, then the message is
/// parked in the endpoint's <c>_error</c> queue for an operator to inspect and replay. A database outage is waited out
/// with the delivery held (see <see cref="DatabaseOutage"/>).
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
        // Outer: a database outage outlasts the ordinary retries, so the delivery is held and tried again until the
        // database is back (or the outage retries run out), instead of being parked for an operator.
        endpointConfigurator.UseMessageRetry(outage =>
        {
            outage.Handle<Exception>(DatabaseOutage.IsOutage);
            outage.Intervals(OutageRetryIntervals(_options));
        });
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Ignore<Exception>(DatabaseOutage.IsOutage);
            retry.Intervals(RetryIntervals(_options));
        });
    }

    /// <summary>Doubling from one second up to <see cref="MessagingOptions.OutageRetryMaxInterval"/>, for <see cref="MessagingOptions.OutageRetryFor"/> in all.</summary>
    public static TimeSpan[] OutageRetryIntervals(MessagingOptions options)
    {
        var intervals = new List<TimeSpan>();
        var total = TimeSpan.Zero;
        var next = TimeSpan.FromSeconds(1);
        while (total < options.OutageRetryFor)
        {
            var interval = next < options.OutageRetryMaxInterval ? next : options.OutageRetryMaxInterval;
            intervals.Add(interval);
            total += interval;
            next += next;
        }
        return [.. intervals];
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
