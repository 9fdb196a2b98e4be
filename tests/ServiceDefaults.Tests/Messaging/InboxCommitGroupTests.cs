using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.ServiceDefaults.Tests.Messaging;

/// <summary>
/// Consumers that share transactions: a burst is committed in groups, and every delivery is staged by the consumer
/// instance MassTransit resolved for it, never by a second one built behind its back.
/// </summary>
public sealed class InboxCommitGroupTests
{
    private const int Burst = 24;

    [Fact]
    public async Task Burst_isCommittedInGroups_withOneConsumerInstancePerDelivery()
    {
        var probe = new GroupProbe(Burst);
        using var host = await StartAsync(probe);

        await PublishBurstAsync(host, poisonIndex: null);
        await probe.AllSaved.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await host.StopAsync();

        Assert.Equal(Burst, probe.SavedInboxRows);
        Assert.True(probe.LargestCommit > 1, "no deliveries were committed together");
        Assert.Equal(Burst, probe.Constructed);
    }

    [Fact]
    public async Task Poison_inAGroup_failsAlone_othersCommit_withOneConsumerInstancePerDelivery()
    {
        var probe = new GroupProbe(Burst - 1);
        using var host = await StartAsync(probe);

        await PublishBurstAsync(host, poisonIndex: Burst / 2);
        await probe.AllSaved.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await probe.PoisonFaulted.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await host.StopAsync();

        Assert.Equal(Burst - 1, probe.SavedInboxRows);
        Assert.Equal(Burst, probe.Constructed);
    }

    private static async Task<IHost> StartAsync(GroupProbe probe)
    {
        var host = Host.CreateDefaultBuilder()
            .ConfigureServices(services =>
            {
                services.AddSingleton(probe);
                services.AddOptions<MessagingOptions>();
                services.AddMetrics();
                services.AddSingleton<MessagingTelemetry>();
                services.AddSingleton<PartitionLocks>();
                services.AddSingleton<InboxCommitGroups<GroupContext>>();
                services.AddDbContext<GroupContext>(db => db.UseNpgsql("Host=unused.invalid;Database=unused"));
                services.AddMassTransit(bus =>
                {
                    // No retry policy: the poison delivery faults at its first failure.
                    bus.AddConsumer<GroupedCaseClosedConsumer>().Endpoint(endpoint => endpoint.ConcurrentMessageLimit = Burst);
                    bus.AddConsumer<FaultObserver>();
                    bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
                });
                services.AddBusDrainOnStop();
            })
            .Build();
        await host.StartAsync();
        return host;
    }

    private static async Task PublishBurstAsync(IHost host, int? poisonIndex)
    {
        var bus = host.Services.GetRequiredService<IBus>();
        for (var i = 0; i < Burst; i++)
        {
            var title = i == poisonIndex ? GroupedCaseClosedConsumer.PoisonTitle : "t";
            await bus.Publish(new CaseClosed(Guid.NewGuid(), $"GD{i}", "ECON-RUN", title, "r", null));
        }
    }

    public sealed class GroupProbe(int expectedRows)
    {
        private readonly Lock _gate = new();
        private int _constructed;

        public int Constructed => Volatile.Read(ref _constructed);

        public int SavedInboxRows { get; private set; }

        public int LargestCommit { get; private set; }

        /// <summary>Saves wait until every delivery has a consumer, so the deliveries queue up behind the first commit.</summary>
        public TaskCompletionSource AllArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource AllSaved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource PoisonFaulted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void ConsumerConstructed()
        {
            if (Interlocked.Increment(ref _constructed) >= Burst)
            {
                AllArrived.TrySetResult();
            }
        }

        public void Saved(int inboxRows)
        {
            lock (_gate)
            {
                SavedInboxRows += inboxRows;
                LargestCommit = Math.Max(LargestCommit, inboxRows);
                if (SavedInboxRows >= expectedRows)
                {
                    AllSaved.TrySetResult();
                }
            }
        }
    }

    /// <summary>A context whose saves are counted instead of sent to a database.</summary>
    public sealed class GroupContext(DbContextOptions<GroupContext> options, GroupProbe probe) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddIntegrationEventTables();

        public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
        {
            await probe.AllArrived.Task.WaitAsync(cancellationToken);
            var inboxRows = ChangeTracker.Entries<InboxMessage>().Count(e => e.State == EntityState.Added);
            ChangeTracker.AcceptAllChanges();
            probe.Saved(inboxRows);
            return inboxRows;
        }
    }

    public sealed class GroupedCaseClosedConsumer : InboxConsumer<CaseClosed, GroupContext>
    {
        public const string PoisonTitle = "poison";

        public GroupedCaseClosedConsumer(IServiceProvider services, GroupProbe probe)
            : base(services) => probe.ConsumerConstructed();

        protected override bool SharesTransactions => true;

        protected override Task HandleAsync(CaseClosed message, GroupContext db, CancellationToken cancellationToken) =>
            message.Title == PoisonTitle ? throw new InvalidOperationException("a poison event") : Task.CompletedTask;
    }

    public sealed class FaultObserver(GroupProbe probe) : IConsumer<Fault<CaseClosed>>
    {
        public Task Consume(ConsumeContext<Fault<CaseClosed>> context)
        {
            probe.PoisonFaulted.TrySetResult();
            return Task.CompletedTask;
        }
    }
}
