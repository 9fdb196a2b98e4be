using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Qingmeng.ServiceDefaults.Scheduling;

/// <summary>
/// One round of a job under a session-level PostgreSQL advisory lock on the service's own database, so two
/// replicas never run the same job at once. The lock lives on a dedicated connection: it is released when
/// the round ends, or by the server when a crashed replica's session goes away.
/// </summary>
internal sealed class ScheduledJobRunner<TJob, TContext>(
    IServiceScopeFactory scopeFactory,
    SchedulingTelemetry telemetry,
    ILogger<ScheduledJobRunner<TJob, TContext>> logger)
    where TJob : class, IScheduledJob
    where TContext : DbContext
{
    public static readonly string JobName = typeof(TJob).Name;

    private static readonly long LockKey = StableHash.Of($"scheduled-job:{typeof(TJob).FullName}");

    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        // A timer's round starts no trace of its own (an on-demand round keeps its request's trace).
        using var backgroundWork = BackgroundWork.Begin();
        await using var scope = scopeFactory.CreateAsyncScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<TContext>().Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no connection string.");

        await using var lockConnection = new NpgsqlConnection(connectionString);
        await lockConnection.OpenAsync(cancellationToken);
        if (!await TryLockAsync(lockConnection, cancellationToken))
        {
            telemetry.RoundSkipped(JobName);
            SchedulingLog.RoundSkipped(logger, JobName);
            return false;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(cancellationToken);
            telemetry.RoundCompleted(JobName, Stopwatch.GetElapsedTime(started));
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            telemetry.RoundFailed(JobName);
            SchedulingLog.RoundFailed(logger, JobName, exception);
            throw;
        }
        finally
        {
            await UnlockAsync(lockConnection);
        }
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection) { Parameters = { new() { Value = LockKey } } };
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task UnlockAsync(NpgsqlConnection connection)
    {
        // Not cancellable: a lock left behind would block every replica until this connection closes anyway.
        await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection) { Parameters = { new() { Value = LockKey } } };
        await command.ExecuteScalarAsync(CancellationToken.None);
    }
}
