using System.Net;
using Npgsql;
using Qingmeng.Governance.Infrastructure;

namespace Deploy.IntegrationTests;

[Collection(PlatformServersCollection.Name)]
public sealed class MigrationTests(PlatformServersFixture servers)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Two_replicas_starting_together_on_a_fresh_database_apply_the_migrations_once()
    {
        await using var replicas = await TwoReplicas.CreateAsync(servers);

        // Hold the migration lock so both replicas reach it and queue behind it, as two pods starting at once do.
        await using var gate = new NpgsqlConnection(replicas.Database);
        await gate.OpenAsync();
        await ExecuteAsync(gate, $"SELECT pg_advisory_lock({MigrationLockKey})");
        var starts = replicas.Apps.Select(app => Task.Run(() => app.Server)).ToList();
        await Eventually.MatchesAsync(
            () => servers.ScalarAsync(replicas.Database, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"),
            waiting => waiting == 2, StartTimeout, "both replicas to wait for the migration lock");
        Assert.Equal(0, await servers.ScalarAsync(replicas.Database,
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'governance' AND table_name = 'cases'"));

        await ExecuteAsync(gate, $"SELECT pg_advisory_unlock({MigrationLockKey})");
        await Task.WhenAll(starts).WaitAsync(StartTimeout);

        var applied = replicas.First.Logs.Lines.Concat(replicas.Second.Logs.Lines)
            .Where(line => line.Contains("Applying", StringComparison.Ordinal) && line.Contains(nameof(GovernanceContext), StringComparison.Ordinal))
            .ToList();
        Assert.Single(applied);
        var migrations = await servers.ScalarAsync(replicas.Database, """SELECT count(*) FROM "__EFMigrationsHistory" """);
        Assert.Equal(migrations, await servers.ScalarAsync(replicas.Database, """SELECT count(DISTINCT migration_id) FROM "__EFMigrationsHistory" """));
        Assert.True(migrations >= 1);
        foreach (var app in replicas.Apps)
        {
            using var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        }
    }

    /// <summary>The key the migrator locks: FNV-1a of "migrate:" and the context's full name, as ServiceDefaults computes it.</summary>
    private static long MigrationLockKey
    {
        get
        {
            var hash = 14695981039346656037UL;
            foreach (var c in "migrate:" + typeof(GovernanceContext).FullName)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            return unchecked((long)hash);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
