using Npgsql;
using Xunit;

namespace Qingmeng.Testing.Hosting;

/// <summary>One real PostgreSQL, RabbitMQ and Redis for the whole collection, in a data folder of their own.</summary>
public sealed class PlatformServersFixture : IAsyncLifetime
{
    private readonly string _dataRoot = PlatformServers.NewDataRoot();

    public LocalPostgresServer Postgres { get; private set; } = null!;

    public LocalRabbitMqServer RabbitMq { get; private set; } = null!;

    public LocalRedisServer Redis { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var postgres = LocalPostgresServer.StartAsync(_dataRoot, timeout.Token);
        var rabbitMq = LocalRabbitMqServer.StartAsync(_dataRoot, timeout.Token);
        var redis = LocalRedisServer.StartAsync(_dataRoot, timeout.Token);
        Postgres = await postgres;
        RabbitMq = await rabbitMq;
        Redis = await redis;
    }

    /// <summary>A fresh database per test, so tests never see each other's rows.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        // PostgreSQL names stop at 63 bytes; 40 characters keep any prefix readable and unique.
        var name = $"{prefix}_{Guid.NewGuid():N}";
        name = name.Length > 40 ? name[..40] : name;
        await Postgres.CreateDatabaseAsync(name);
        return Postgres.ConnectionStringFor(name);
    }

    public async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }
        if (RabbitMq is not null)
        {
            await RabbitMq.DisposeAsync();
        }
        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }
    }
}
