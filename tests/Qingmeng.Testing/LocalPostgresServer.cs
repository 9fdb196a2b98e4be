using Npgsql;
using Qingmeng.Infrastructure.LocalServers;

namespace Qingmeng.Testing;

/// <summary>A private PostgreSQL cluster (Debian binaries) on a free loopback port, created on first start.</summary>
public sealed class LocalPostgresServer : LocalServer
{
    private readonly string _binDirectory;

    private LocalPostgresServer(string dataRoot, string? binDirectory)
        : base("PostgreSQL", Path.Combine(dataRoot, "postgres"))
    {
        _binDirectory = ServerBinaries.PostgresBinDirectory(binDirectory);
    }

    public int Port { get; } = FreeTcpPort.Pick();

    public string Password { get; } = TestSecrets.NewPassword();

    /// <summary>Server-level connection string (superuser <c>postgres</c>, no database), same shape as the AppHost's.</summary>
    public string ConnectionString => PostgresCluster.ServerConnectionString(Port, Password);

    private protected override TimeSpan StartTimeout => TimeSpan.FromSeconds(90);

    /// <param name="dataRoot">Parent directory; the cluster lives in its <c>postgres</c> subdirectory.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="binDirectory">Directory with initdb/postgres; defaults to the newest /usr/lib/postgresql/*/bin.</param>
    public static async Task<LocalPostgresServer> StartAsync(string dataRoot, CancellationToken cancellationToken = default, string? binDirectory = null)
    {
        return await LaunchOrDisposeAsync(new LocalPostgresServer(dataRoot, binDirectory), cancellationToken);
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    /// <summary>Creates the database unless it already exists.</summary>
    public Task CreateDatabaseAsync(string name, CancellationToken cancellationToken = default) =>
        PostgresDatabases.CreateIfMissingAsync(ConnectionString, name, cancellationToken);

    /// <summary>
    /// Test runs start and stop many service hosts, each with pools that keep idle connections for minutes:
    /// allow far more than a deployment needs.
    /// </summary>
    private Dictionary<string, string> TestEnvironment()
    {
        var environment = PostgresCluster.Environment(_binDirectory, Path.Combine(DataDirectory, "cluster"), Port, Password);
        environment["PG_MAX_CONNECTIONS"] = "1000";
        return environment;
    }

    private protected override IEnumerable<ProcessLaunch> ProcessLaunches()
    {
        yield return new ProcessLaunch(
            "PostgreSQL",
            "/bin/sh",
            [PostgresCluster.ScriptPath],
            TestEnvironment(),
            cancellationToken => ServerProbes.PostgresAsync(ConnectionString, cancellationToken));
    }
}
