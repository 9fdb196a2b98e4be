using Qingmeng.Infrastructure.LocalServers;

namespace Qingmeng.Testing;

/// <summary>A private Redis (Debian package) on a free loopback port.</summary>
public sealed class LocalRedisServer : LocalServer
{
    private readonly string _redisServer;

    private LocalRedisServer(string dataRoot, string? redisServerPath)
        : base("Redis", Path.Combine(dataRoot, "redis"))
    {
        _redisServer = ServerBinaries.RedisServer(redisServerPath);
    }

    public int Port { get; } = FreeTcpPort.Pick();

    /// <summary>StackExchange.Redis configuration <c>127.0.0.1:port</c>, same shape as the AppHost's.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    private protected override TimeSpan StartTimeout => TimeSpan.FromSeconds(60);

    /// <param name="dataRoot">Parent directory; Redis keeps its dump in the <c>redis</c> subdirectory.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="redisServerPath">redis-server; defaults to the one on PATH.</param>
    public static async Task<LocalRedisServer> StartAsync(string dataRoot, CancellationToken cancellationToken = default, string? redisServerPath = null)
    {
        return await LaunchOrDisposeAsync(new LocalRedisServer(dataRoot, redisServerPath), cancellationToken);
    }

    private protected override IEnumerable<ProcessLaunch> ProcessLaunches()
    {
        yield return new ProcessLaunch(
            "Redis",
            _redisServer,
            RedisServerArguments.For(Port, DataDirectory),
            new Dictionary<string, string>(),
            cancellationToken => ServerProbes.RedisAsync(Port, cancellationToken));
    }
}
