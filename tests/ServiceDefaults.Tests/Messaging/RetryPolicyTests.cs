using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
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

    [Fact]
    public void OutageRetryIntervals_defaults_doubleToTenSecondsAndCoverFiveMinutes()
    {
        var intervals = PlatformConsumerDefinition<NoConsumer>.OutageRetryIntervals(new MessagingOptions());

        Assert.Equal([1, 2, 4, 8, 10], intervals.Take(5).Select(i => i.TotalSeconds));
        Assert.InRange(intervals.Aggregate(TimeSpan.Zero, (sum, i) => sum + i), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void IsOutage_refused_or_dropped_connections_and_a_server_shutting_down_are_outages()
    {
        Assert.True(DatabaseOutage.IsOutage(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(DatabaseOutage.IsOutage(new InvalidOperationException("wrapped", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"))));
        Assert.True(DatabaseOutage.IsOutage(new DbUpdateException("save failed", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()))));
    }

    [Fact]
    public void IsOutage_conflicts_and_faults_of_the_delivery_are_not_outages()
    {
        Assert.False(DatabaseOutage.IsOutage(new DbUpdateException("duplicate", new PostgresException("duplicate key", "ERROR", "ERROR", "23505"))));
        Assert.False(DatabaseOutage.IsOutage(new PostgresException("could not serialize access", "ERROR", "ERROR", "40001")));
        Assert.False(DatabaseOutage.IsOutage(new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01")));
        Assert.False(DatabaseOutage.IsOutage(new InvalidOperationException("a bug")));
    }

    private sealed class NoConsumer : MassTransit.IConsumer<Qingmeng.Contracts.CaseClosed>
    {
        public Task Consume(MassTransit.ConsumeContext<Qingmeng.Contracts.CaseClosed> context) => Task.CompletedTask;
    }
}
