using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.ServiceDefaults.Tests.Messaging;

public sealed class RetryPolicyTests
{
    [Fact]
    public void RetryIntervals_defaults_immediateThenDoublingUpToTheCap()
    {
        var intervals = PlatformConsumerDefinition<NoConsumer>.RetryIntervals(new MessagingOptions());

        Assert.Equal(
            [TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(800)],
            intervals);
    }

    [Fact]
    public void RetryIntervals_longSeries_neverExceedsTheMaximum()
    {
        var options = new MessagingOptions
        {
            ImmediateRetries = 0,
            ExponentialRetries = 10,
            ExponentialMinInterval = TimeSpan.FromSeconds(1),
            ExponentialMaxInterval = TimeSpan.FromSeconds(30),
        };

        var intervals = PlatformConsumerDefinition<NoConsumer>.RetryIntervals(options);

        Assert.Equal(10, intervals.Length);
        Assert.Equal(TimeSpan.FromSeconds(16), intervals[4]);
        Assert.All(intervals[5..], interval => Assert.Equal(TimeSpan.FromSeconds(30), interval));
    }

    private sealed class NoConsumer : MassTransit.IConsumer<Qingmeng.Contracts.CaseClosed>
    {
        public Task Consume(MassTransit.ConsumeContext<Qingmeng.Contracts.CaseClosed> context) => Task.CompletedTask;
    }
}
