using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Messaging;
using static Qingmeng.ServiceDefaults.Tests.Messaging.InboxCommitGroupTests;

namespace Qingmeng.ServiceDefaults.Tests.Messaging;

/// <summary><c>AddInboxConsumer&lt;T&gt;()</c> needs no definition class of the consumer's own: it applies the platform's.</summary>
public sealed class InboxConsumerRegistrationTests
{
    private static readonly MessagingOptions Options = new()
    {
        ImmediateRetries = 1,
        ExponentialRetries = 2,
        ExponentialMinInterval = TimeSpan.FromMilliseconds(10),
        ExponentialMaxInterval = TimeSpan.FromMilliseconds(20),
        ConcurrentMessageLimit = 3,
    };

    [Fact]
    public async Task AddInboxConsumer_appliesThePlatformDefinition_retriesThenParksInTheErrorQueue()
    {
        var attempts = new FailureProbe();
        using var host = Host.CreateDefaultBuilder()
            .ConfigureServices(services =>
            {
                services.AddSingleton(attempts);
                services.AddSingleton(new GroupProbe(0));
                services.AddOptions<MessagingOptions>().Configure(options =>
                {
                    options.ImmediateRetries = Options.ImmediateRetries;
                    options.ExponentialRetries = Options.ExponentialRetries;
                    options.ExponentialMinInterval = Options.ExponentialMinInterval;
                    options.ExponentialMaxInterval = Options.ExponentialMaxInterval;
                    options.ConcurrentMessageLimit = Options.ConcurrentMessageLimit;
                });
                services.AddMetrics();
                services.AddSingleton<MessagingTelemetry>();
                services.AddSingleton<PartitionLocks>();
                services.AddDbContext<GroupContext>(db => db.UseNpgsql("Host=unused.invalid;Database=unused"));
                services.AddMassTransit(bus =>
                {
                    bus.AddInboxConsumer<FailingCaseClosedConsumer>();
                    bus.UsingInMemory((context, memory) =>
                    {
                        memory.ConfigureEndpoints(context);
                        memory.ReceiveEndpoint(DefaultEndpointNameFormatter.Instance.Consumer<FailingCaseClosedConsumer>() + "_error",
                            parked =>
                            {
                                // Only what the consumer's endpoint moves here: a handler binds its message type to
                                // its endpoint by default, which would deliver the published event here directly.
                                parked.ConfigureConsumeTopology = false;
                                parked.Handler<CaseClosed>(delivery =>
                                {
                                    attempts.Parked.TrySetResult(delivery.Message.EventId);
                                    return Task.CompletedTask;
                                });
                            });
                    });
                });
            })
            .Build();
        await host.StartAsync();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var definition = scope.ServiceProvider.GetRequiredService<IConsumerDefinition<FailingCaseClosedConsumer>>();
            Assert.IsType<PlatformConsumerDefinition<FailingCaseClosedConsumer>>(definition);
            Assert.Equal(Options.ConcurrentMessageLimit, definition.ConcurrentMessageLimit);
        }

        var closed = new CaseClosed(Guid.NewGuid(), "GD1", "ECON-RUN", "t", "r", null);
        await host.Services.GetRequiredService<IBus>().Publish(closed);
        var parkedEventId = await attempts.Parked.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await host.StopAsync();

        Assert.Equal(closed.EventId, parkedEventId);
        // The first attempt, then one per interval of the platform's retry policy.
        Assert.Equal(1 + PlatformConsumerDefinition<FailingCaseClosedConsumer>.RetryIntervals(Options).Length, attempts.Attempts);
    }

    [Fact]
    public void AddInboxConsumer_aConsumerWithoutAnInbox_isRefused()
    {
        var services = new ServiceCollection();

        var refused = Assert.Throws<InvalidOperationException>(() =>
            services.AddMassTransit(bus => bus.AddInboxConsumer<PlainConsumer>()));

        Assert.Contains(nameof(PlainConsumer), refused.Message);
    }

    public sealed class FailureProbe
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public TaskCompletionSource<Guid> Parked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Attempted() => Interlocked.Increment(ref _attempts);
    }

    public sealed class FailingCaseClosedConsumer(IServiceProvider services, FailureProbe probe)
        : InboxConsumer<CaseClosed, GroupContext>(services)
    {
        protected override Task HandleAsync(CaseClosed message, GroupContext db, CancellationToken cancellationToken)
        {
            probe.Attempted();
            throw new InvalidOperationException("a handler fault");
        }
    }

    public sealed class PlainConsumer : IConsumer<CaseClosed>
    {
        public Task Consume(ConsumeContext<CaseClosed> context) => Task.CompletedTask;
    }
}
