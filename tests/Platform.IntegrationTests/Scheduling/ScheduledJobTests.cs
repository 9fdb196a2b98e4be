using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.IntegrationTests.Infrastructure;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Platform.IntegrationTests.Scheduling;

[Collection(PlatformServersCollection.Name)]
public sealed class ScheduledJobTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task Two_replicas_never_run_the_same_round_at_once()
    {
        var database = await servers.CreateDatabaseAsync("jobs");
        var probe = new ConcurrencyProbe();
        using var replicaA = BuildHost(database, probe, TimeSpan.FromHours(1));
        using var replicaB = BuildHost(database, probe, TimeSpan.FromHours(1));

        // Many rounds started together on both replicas: some are skipped, none overlap.
        var rounds = Enumerable.Range(0, 10).SelectMany(_ => new[]
        {
            replicaA.Services.RunScheduledJobOnceAsync<ProbeJob, JobsContext>(),
            replicaB.Services.RunScheduledJobOnceAsync<ProbeJob, JobsContext>(),
        });
        var ran = await Task.WhenAll(rounds);

        Assert.Equal(1, probe.MaxConcurrent);
        Assert.Equal(ran.Count(r => r), probe.Rounds);
        Assert.Contains(false, ran);
    }

    [Fact]
    public async Task A_job_runs_on_its_configured_interval_on_one_replica_at_a_time()
    {
        var database = await servers.CreateDatabaseAsync("jobs");
        var probe = new ConcurrencyProbe();
        using var replicaA = BuildHost(database, probe, TimeSpan.FromMilliseconds(50));
        using var replicaB = BuildHost(database, probe, TimeSpan.FromMilliseconds(50));

        await replicaA.StartAsync();
        await replicaB.StartAsync();
        await Eventually.MatchesAsync(() => Task.FromResult(probe.Rounds), rounds => rounds >= 10, TimeSpan.FromSeconds(20), "ten scheduled rounds");
        await replicaA.StopAsync();
        await replicaB.StopAsync();

        Assert.Equal(1, probe.MaxConcurrent);
    }

    [Fact]
    public async Task A_failing_round_is_retried_on_the_next_tick()
    {
        var database = await servers.CreateDatabaseAsync("jobs");
        var probe = new ConcurrencyProbe { FailFirstRounds = 2 };
        using var replica = BuildHost(database, probe, TimeSpan.FromMilliseconds(50));

        await replica.StartAsync();
        await Eventually.MatchesAsync(() => Task.FromResult(probe.Completed), completed => completed >= 1, TimeSpan.FromSeconds(20), "a round after two failures");
        await replica.StopAsync();

        Assert.True(probe.Rounds >= 3);
    }

    private static IHost BuildHost(string connectionString, ConcurrencyProbe probe, TimeSpan interval)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"Scheduling:Jobs:{nameof(ProbeJob)}:Interval"] = interval.ToString(),
        });
        builder.Services.AddDbContext<JobsContext>(options => options.UseNpgsql(connectionString));
        builder.Services.AddSingleton(probe);
        builder.Services.AddScheduledJob<ProbeJob, JobsContext>(TimeSpan.FromHours(6));
        return builder.Build();
    }

    public sealed class JobsContext(DbContextOptions<JobsContext> options) : DbContext(options);

    public sealed class ConcurrencyProbe
    {
        private int _current;
        private int _max;
        private int _rounds;
        private int _completed;

        public int FailFirstRounds { get; init; }

        public int MaxConcurrent => Volatile.Read(ref _max);

        public int Rounds => Volatile.Read(ref _rounds);

        public int Completed => Volatile.Read(ref _completed);

        public async Task EnterAsync(CancellationToken cancellationToken)
        {
            var round = Interlocked.Increment(ref _rounds);
            var now = Interlocked.Increment(ref _current);
            int seen;
            while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
            {
            }
            try
            {
                // Long enough for the other replica's attempt to meet the held lock.
                await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
                if (round <= FailFirstRounds)
                {
                    throw new InvalidOperationException($"round {round} fails on purpose");
                }
                Interlocked.Increment(ref _completed);
            }
            finally
            {
                Interlocked.Decrement(ref _current);
            }
        }
    }

    public sealed class ProbeJob(ConcurrencyProbe probe) : IScheduledJob
    {
        public Task RunAsync(CancellationToken cancellationToken) => probe.EnterAsync(cancellationToken);
    }
}
