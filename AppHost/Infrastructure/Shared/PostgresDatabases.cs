using Npgsql;

namespace Qingmeng.Infrastructure.LocalServers;

internal static class PostgresDatabases
{
    /// <summary>Creates the database unless it exists; services only migrate schemas, they never create databases.</summary>
    public static async Task CreateIfMissingAsync(string serverConnectionString, string database, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        // Identifiers cannot be parameters; quote them instead.
        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Created concurrently by someone else: exactly what we wanted.
        }
    }
}
