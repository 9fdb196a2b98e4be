using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Deploy.IntegrationTests;

[Collection(PlatformServersCollection.Name)]
public sealed class ScheduledJobTests(PlatformServersFixture servers)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task While_one_replica_runs_a_round_the_other_replica_skips_it()
    {
        var probe = new RoundProbe();
        await using var replicas = await TwoReplicas.CreateAsync(
            servers,
            // Rounds only when the test asks, so the schedule cannot interfere.
            new Dictionary<string, string> { ["Scheduling:Jobs:ProbeJob:Interval"] = "01:00:00" },
            services => services.AddSingleton(probe).AddScheduledJob<ProbeJob, GovernanceContext>(TimeSpan.FromHours(1)));
        var first = replicas.FirstApp.Services;
        var second = replicas.SecondApp.Services;

        probe.HoldRounds();
        var firstRound = first.RunScheduledJobOnceAsync<ProbeJob, GovernanceContext>();
        await probe.RoundStarted.WaitAsync(Timeout);

        Assert.False(await second.RunScheduledJobOnceAsync<ProbeJob, GovernanceContext>());
        Assert.False(await first.RunScheduledJobOnceAsync<ProbeJob, GovernanceContext>());

        probe.ReleaseRounds();
        Assert.True(await firstRound.WaitAsync(Timeout));
        Assert.True(await second.RunScheduledJobOnceAsync<ProbeJob, GovernanceContext>());
        Assert.Equal(2, probe.Rounds);
        Assert.Equal(1, probe.MostAtOnce);
    }

    [Fact]
    public async Task Scheduled_rounds_on_two_replicas_never_overlap()
    {
        var probe = new RoundProbe { WorkPerRound = TimeSpan.FromMilliseconds(60) };
        await using var replicas = await TwoReplicas.CreateAsync(
            servers,
            // Both replicas tick faster than a round lasts: without the lock, rounds would overlap.
            new Dictionary<string, string> { ["Scheduling:Jobs:ProbeJob:Interval"] = "00:00:00.050" },
            services => services.AddSingleton(probe).AddScheduledJob<ProbeJob, GovernanceContext>(TimeSpan.FromHours(1)));
        using var skipped = new CounterTotal("Qingmeng.Scheduling", "qingmeng.scheduling.rounds", ("job", nameof(ProbeJob)), ("outcome", "skipped"));
        _ = replicas.FirstApp.Server;
        _ = replicas.SecondApp.Server;
        // Both schedules run from here on; count only rounds and skips while they run side by side.
        var roundsBefore = probe.Rounds;
        var skippedBefore = skipped.Total;

        await Eventually.MatchesAsync(() => Task.FromResult(probe.Rounds), rounds => rounds >= roundsBefore + 20, Timeout, "20 scheduled rounds");

        Assert.Equal(1, probe.MostAtOnce);
        // The replicas' schedules did meet: ticks that found the other replica's round running were skipped.
        Assert.True(skipped.Total > skippedBefore, "no tick met the other replica's round");
    }

    /// <summary>What the job's rounds did, across both replicas (one instance shared by both hosts).</summary>
    public sealed class RoundProbe
    {
        private TaskCompletionSource _release = CompletedSource();
        private TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _running;
        private int _mostAtOnce;
        private int _rounds;

        public TimeSpan WorkPerRound { get; init; } = TimeSpan.Zero;

        public int Rounds => Volatile.Read(ref _rounds);

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public Task RoundStarted => _started.Task;

        public void HoldRounds() => _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void ReleaseRounds() => _release.TrySetResult();

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _running);
            for (var most = Volatile.Read(ref _mostAtOnce); now > most; most = Volatile.Read(ref _mostAtOnce))
            {
                Interlocked.CompareExchange(ref _mostAtOnce, now, most);
            }
            try
            {
                _started.TrySetResult();
                await _release.Task.WaitAsync(cancellationToken);
                if (WorkPerRound > TimeSpan.Zero)
                {
                    await Task.Delay(WorkPerRound, cancellationToken);
                }
                Interlocked.Increment(ref _rounds);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        private static TaskCompletionSource CompletedSource()
        {
            var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            source.SetResult();
            return source;
        }
    }

    /// <summary>A job as a service registers one: resolved from a fresh scope each round.</summary>
    public sealed class ProbeJob(RoundProbe probe) : IScheduledJob
    {
        public Task RunAsync(CancellationToken cancellationToken) => probe.RunAsync(cancellationToken);
    }
}
