namespace Qingmeng.Infrastructure.LocalServers;

/// <summary>
/// Finds the Debian-packaged server binaries. Every lookup accepts an explicit override
/// (from configuration) and otherwise falls back to the standard Debian install locations.
/// </summary>
internal static class ServerBinaries
{
    /// <summary>The newest <c>/usr/lib/postgresql/&lt;version&gt;/bin</c>, so a distribution upgrade needs no change.</summary>
    public static string PostgresBinDirectory(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            RequireFile(Path.Combine(configured, "postgres"), "PostgreSQL", "postgresql");
            return configured;
        }

        const string root = "/usr/lib/postgresql";
        var newest = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(dir => (Dir: dir, Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1))
                .Where(candidate => candidate.Version > 0 && File.Exists(Path.Combine(candidate.Dir, "bin", "postgres")))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => Path.Combine(candidate.Dir, "bin"))
                .FirstOrDefault()
            : null;

        return newest ?? throw new MissingServerBinaryException("PostgreSQL", $"{root}/*/bin/postgres", "postgresql");
    }

    /// <summary>
    /// The RabbitMQ start script itself, not <c>/usr/sbin/rabbitmq-server</c>, which switches user and logs to /var/log.
    /// </summary>
    public static string RabbitMqServer(string? configuredBinDirectory) =>
        RequireFile(Path.Combine(configuredBinDirectory ?? "/usr/lib/rabbitmq/bin", "rabbitmq-server"), "RabbitMQ", "rabbitmq-server");

    /// <summary>Erlang's port mapper, installed with RabbitMQ (erlang-base).</summary>
    public static string Epmd(string? configured) =>
        configured is not null
            ? RequireFile(configured, "epmd (Erlang)", "rabbitmq-server")
            : FindOnPath("epmd") ?? throw new MissingServerBinaryException("epmd (Erlang)", "PATH", "rabbitmq-server");

    public static string RedisServer(string? configured) =>
        configured is not null
            ? RequireFile(configured, "Redis", "redis-server")
            : FindOnPath("redis-server") ?? throw new MissingServerBinaryException("Redis", "PATH", "redis-server");

    private static string RequireFile(string path, string server, string package) =>
        File.Exists(path) ? path : throw new MissingServerBinaryException(server, path, package);

    private static string? FindOnPath(string fileName) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin").Append("/usr/bin").Append("/usr/lib/erlang/bin")
            .Select(dir => Path.Combine(dir, fileName))
            .FirstOrDefault(File.Exists);
}
