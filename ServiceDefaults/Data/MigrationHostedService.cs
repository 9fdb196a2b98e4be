using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Qingmeng.ServiceDefaults.Data;

/// <summary>
/// Applies pending migrations and the seeder during host start, under a PostgreSQL session advisory lock,
/// so that several replicas starting together migrate once and the others wait, then find nothing to do.
/// </summary>
internal sealed partial class MigrationHostedService<TContext>(
    IServiceScopeFactory scopeFactory,
    ILogger<MigrationHostedService<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    private static readonly ActivitySource ActivitySource = new("Qingmeng.Migrations");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = ActivitySource.StartActivity($"migrate {typeof(TContext).Name}");
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var lockKey = StableHash.Of("migrate:" + typeof(TContext).FullName);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({lockKey})", cancellationToken);
            // On a fresh database there is no history table yet, and Npgsql's history repository says it exists anyway
            // (ExistsAsync is always true): reading it, here and inside MigrateAsync, would log a failed query as an Error
            // on every first start. Creating it empty first makes both reads succeed.
            var history = db.GetService<IHistoryRepository>();
            await history.CreateIfNotExistsAsync(cancellationToken);
            var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId).ToHashSet();
            var pending = db.Database.GetMigrations().Where(id => !applied.Contains(id)).ToList();
            if (pending.Count > 0)
            {
                LogApplying(logger, typeof(TContext).Name, pending.Count, string.Join(", ", pending));
                await db.Database.MigrateAsync(cancellationToken);
            }

            if (scope.ServiceProvider.GetService<IDbSeeder<TContext>>() is { } seeder)
            {
                await seeder.SeedAsync(db, cancellationToken);
            }
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({lockKey})", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to {Context}: {Migrations}")]
    private static partial void LogApplying(ILogger logger, string context, int count, string migrations);
}
