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

    [Fact]
    public async Task A_round_whose_lock_connection_is_terminated_stops_and_the_other_replica_takes_over_without_overlap()
    {
        var database = await servers.CreateDatabaseAsync("jobs");
        var rounds = new RoundLog();
        var settings = new Dictionary<string, string?>
        {
            ["Scheduling:LockCheckInterval"] = "00:00:00.100",
            ["Scheduling:TakeoverDelay"] = "00:00:02",
        };
        using var replicaA = BuildHost(database, rounds, TimeSpan.FromHours(1), settings);
        using var replicaB = BuildHost(database, rounds, TimeSpan.FromMilliseconds(50), settings);

        // The first round runs until it is cancelled (or a minute passes); replica B meanwhile tries every 50 ms.
        var roundA = replicaA.Services.RunScheduledJobOnceAsync<LongJob, JobsContext>();
        await Eventually.MatchesAsync(() => Task.FromResult(rounds.Started), started => started == 1, TimeSpan.FromSeconds(30), "replica A's round to start");
        await replicaB.StartAsync();

        var terminated = await servers.ScalarAsync(database, """
            SELECT count(pg_terminate_backend(pid)) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """);
        Assert.Equal(1, terminated);

        await Eventually.MatchesAsync(() => Task.FromResult(rounds.Completed), completed => completed >= 1, TimeSpan.FromSeconds(30), "replica B to complete a round");
        await replicaB.StopAsync();

        Assert.Equal(1, rounds.MaxConcurrent);
        var first = rounds.Intervals.OrderBy(r => r.Started).First();
        Assert.True(first.Cancelled, "the round that lost its lock observed cancellation");
        Assert.All(rounds.Intervals.OrderBy(r => r.Started).Zip(rounds.Intervals.OrderBy(r => r.Started).Skip(1)),
            pair => Assert.True(pair.Second.Started >= pair.First.Stopped, $"a round started at {pair.Second.Started:O} before the previous one stopped at {pair.First.Stopped:O}"));
        await Assert.ThrowsAsync<ScheduledJobLockLostException>(() => roundA.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private static IHost BuildHost(string connectionString, RoundLog rounds, TimeSpan interval, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"Scheduling:Jobs:{nameof(LongJob)}:Interval"] = interval.ToString(),
        });
        builder.Services.AddDbContext<JobsContext>(options => options.UseNpgsql(connectionString));
        builder.Services.AddSingleton(rounds);
        builder.Services.AddScheduledJob<LongJob, JobsContext>(TimeSpan.FromHours(6));
        return builder.Build();
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

    /// <summary>Every round's start and stop on both replicas: the first runs until cancelled, later ones are short.</summary>
    public sealed class RoundLog
    {
        private readonly Lock _gate = new();
        private readonly List<RoundInterval> _intervals = [];
        private int _current;
        private int _max;

        public int Started { get { lock (_gate) { return _intervals.Count + _current; } } }

        public int Completed { get { lock (_gate) { return _intervals.Count(r => !r.Cancelled); } } }

        public int MaxConcurrent { get { lock (_gate) { return _max; } } }

        public IReadOnlyList<RoundInterval> Intervals { get { lock (_gate) { return [.. _intervals]; } } }

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            bool first;
            DateTimeOffset started;
            lock (_gate)
            {
                first = _intervals.Count + _current == 0;
                _current++;
                _max = Math.Max(_max, _current);
                started = DateTimeOffset.UtcNow;
            }
            var cancelled = false;
            try
            {
                await Task.Delay(first ? TimeSpan.FromMinutes(1) : TimeSpan.FromMilliseconds(20), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                throw;
            }
            finally
            {
                lock (_gate)
                {
                    _current--;
                    _intervals.Add(new(started, DateTimeOffset.UtcNow, cancelled));
                }
            }
        }
    }

    public sealed record RoundInterval(DateTimeOffset Started, DateTimeOffset Stopped, bool Cancelled);

    public sealed class LongJob(RoundLog rounds) : IScheduledJob
    {
        public Task RunAsync(CancellationToken cancellationToken) => rounds.RunAsync(cancellationToken);
    }
}
