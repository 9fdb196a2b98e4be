using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Qingmeng.ServiceDefaults.Scheduling;

/// <summary>
/// One round of a job under a session-level PostgreSQL advisory lock on the service's own database, so two
/// replicas never run the same job at once. The lock lives on a dedicated connection: it is released when
/// the round ends, or by the server when a crashed replica's session goes away.
/// </summary>
/// <remarks>
/// The server also releases the lock when it drops the connection while this replica goes on (a terminated
/// backend, a restart, a network cut), and another replica may then take it. So while the job runs, the
/// lock connection is asked every <see cref="SchedulingOptions.LockCheckInterval"/> whether it still holds
/// the lock; when it does not (or cannot say), the job's token is cancelled and the round ends with
/// <see cref="ScheduledJobLockLostException"/>. A new holder waits <see cref="SchedulingOptions.TakeoverDelay"/>
/// before it starts, which leaves a replica that has just lost the lock the time to notice and stop.
/// </remarks>
internal sealed class ScheduledJobRunner<TJob, TContext>(
    IServiceScopeFactory scopeFactory,
    IOptions<SchedulingOptions> options,
    SchedulingTelemetry telemetry,
    ILogger<ScheduledJobRunner<TJob, TContext>> logger) : IDisposable, IAsyncDisposable
    where TJob : class, IScheduledJob
    where TContext : DbContext
{
    public static readonly string JobName = typeof(TJob).Name;

    private static readonly long LockKey = StableHash.Of($"scheduled-job:{typeof(TJob).FullName}");

    private const string LockCheckSql = """
        SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
                       AND objsubid = 1 AND classid::bigint = $1 AND objid::bigint = $2)
        """;

    private NpgsqlDataSource? _lockConnections;

    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        // A timer's round starts no trace of its own (an on-demand round keeps its request's trace).
        using var backgroundWork = BackgroundWork.Begin();
        await using var scope = scopeFactory.CreateAsyncScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<TContext>().Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no connection string.");

        await using var lockConnection = await LockConnections(connectionString).OpenConnectionAsync(cancellationToken);
        if (!await TryLockAsync(lockConnection, cancellationToken))
        {
            telemetry.RoundSkipped(JobName);
            SchedulingLog.RoundSkipped(logger, JobName);
            return false;
        }

        var settings = options.Value;
        using var round = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopWatching = new CancellationTokenSource();
        var watch = new LockWatch();
        var watching = WatchLockAsync(lockConnection, settings, watch, round, stopWatching.Token);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await Task.Delay(settings.TakeoverDelay, TimeProvider.System, round.Token);
            await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(round.Token);
            await StopWatchingAsync(stopWatching, watching);
            if (watch.Lost)
            {
                // The job finished without noticing the cancellation: its work may have overlapped another replica's.
                throw new ScheduledJobLockLostException(JobName, watch.Cause);
            }
            telemetry.RoundCompleted(JobName, Stopwatch.GetElapsedTime(started));
            return true;
        }
        catch (OperationCanceledException) when (watch.Lost && !cancellationToken.IsCancellationRequested)
        {
            throw new ScheduledJobLockLostException(JobName, watch.Cause);
        }
        catch (Exception exception) when (exception is not ScheduledJobLockLostException
            && (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            telemetry.RoundFailed(JobName);
            SchedulingLog.RoundFailed(logger, JobName, exception);
            throw;
        }
        finally
        {
            await StopWatchingAsync(stopWatching, watching);
            if (watch.Lost)
            {
                telemetry.RoundLockLost(JobName);
                SchedulingLog.LockLost(logger, JobName, watch.Cause?.GetType().Name ?? "the lock is no longer held");
            }
            else
            {
                await UnlockAsync(lockConnection);
            }
        }
    }

    /// <summary>Asks the lock connection whether it still holds the lock until told to stop; cancels the round when it does not.</summary>
    private static async Task WatchLockAsync(
        NpgsqlConnection connection, SchedulingOptions settings, LockWatch watch, CancellationTokenSource round, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(settings.LockCheckInterval, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var (held, cause) = await StillHeldAsync(connection, settings.LockCheckTimeout);
                if (!held)
                {
                    watch.Lost = true;
                    watch.Cause = cause;
                    await round.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private static async Task<(bool Held, Exception? Cause)> StillHeldAsync(NpgsqlConnection connection, TimeSpan timeout)
    {
        // Not tied to the round's token: a query cancelled half-way could leave the connection unusable for the unlock.
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            // A bigint advisory key shows in pg_locks as its high half (classid) and low half (objid), objsubid 1.
            await using var command = new NpgsqlCommand(LockCheckSql, connection)
            {
                Parameters = { new() { Value = (long)(uint)(LockKey >> 32) }, new() { Value = (long)(uint)LockKey } },
            };
            return ((bool)(await command.ExecuteScalarAsync(deadline.Token))!, null);
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or InvalidOperationException or IOException)
        {
            return (false, exception);
        }
    }

    /// <summary>
    /// The lock connections' own small pool, without a trace per lock check (several a second while a job runs,
    /// each of which would otherwise be a root trace of its own).
    /// </summary>
    private NpgsqlDataSource LockConnections(string connectionString)
    {
        if (Volatile.Read(ref _lockConnections) is { } existing)
        {
            return existing;
        }
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConfigureTracing(tracing => tracing.ConfigureCommandFilter(command => command.CommandText != LockCheckSql));
        var created = builder.Build();
        if (Interlocked.CompareExchange(ref _lockConnections, created, null) is { } raced)
        {
            created.Dispose();
            return raced;
        }
        return created;
    }

    public void Dispose() => _lockConnections?.Dispose();

    public async ValueTask DisposeAsync()
    {
        if (_lockConnections is { } dataSource)
        {
            await dataSource.DisposeAsync();
        }
    }

    private static async Task StopWatchingAsync(CancellationTokenSource stopWatching, Task watching)
    {
        if (!stopWatching.IsCancellationRequested)
        {
            await stopWatching.CancelAsync();
        }
        await watching;
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection) { Parameters = { new() { Value = LockKey } } };
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task UnlockAsync(NpgsqlConnection connection)
    {
        try
        {
            // Not cancellable: a lock left behind would block every replica until this connection closes anyway.
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection) { Parameters = { new() { Value = LockKey } } };
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (NpgsqlException exception)
        {
            // The connection broke after the round: closing it releases the lock on the server anyway.
            SchedulingLog.UnlockFailed(logger, JobName, exception.GetType().Name);
        }
    }

    /// <summary>What the watcher saw, read by the round once the watcher has stopped.</summary>
    private sealed class LockWatch
    {
        public volatile bool Lost;

        public Exception? Cause;
    }
}
