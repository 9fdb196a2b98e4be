using System.Globalization;

namespace Qingmeng.Infrastructure.LocalServers;

/// <summary>
/// How to run <c>scripts/postgres-run.sh</c>: it creates the cluster on first start (initdb with
/// scram-sha-256 and the given superuser password), runs the server in the foreground on loopback
/// and turns SIGTERM into a fast shutdown.
/// </summary>
internal static class PostgresCluster
{
    public const string SuperUser = "postgres";
    public const string BinDirectoryVariable = "PG_BIN_DIR";
    public const string DataDirectoryVariable = "PG_DATA_DIR";
    public const string PortVariable = "PG_PORT";
    public const string PasswordVariable = "PG_PASSWORD";

    /// <summary>The wrapper script next to the running assembly (copied to output by the project file).</summary>
    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "Infrastructure", "scripts", "postgres-run.sh");

    public static Dictionary<string, string> Environment(string binDirectory, string dataDirectory, int port, string password) => new()
    {
        [BinDirectoryVariable] = binDirectory,
        [DataDirectoryVariable] = dataDirectory,
        [PortVariable] = port.ToString(CultureInfo.InvariantCulture),
        [PasswordVariable] = password,
    };

    public static string ServerConnectionString(int port, string password) =>
        $"Host=127.0.0.1;Port={port};Username={SuperUser};Password={password}";
}
