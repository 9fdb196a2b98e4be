namespace Qingmeng.Testing;

/// <summary>
/// PostgreSQL, RabbitMQ and Redis for one test run, started in parallel in a unique temporary
/// directory (never the AppHost's .data), and removed again on dispose. Test-framework agnostic:
/// use it from an xunit fixture, an NUnit setup fixture or a plain program.
/// </summary>
public sealed class PlatformServers : IAsyncDisposable
{
    private PlatformServers(string dataRoot, LocalPostgresServer postgres, LocalRabbitMqServer rabbitMq, LocalRedisServer redis)
    {
        DataRoot = dataRoot;
        Postgres = postgres;
        RabbitMq = rabbitMq;
        Redis = redis;
    }

    public string DataRoot { get; }

    public LocalPostgresServer Postgres { get; }

    public LocalRabbitMqServer RabbitMq { get; }

    public LocalRedisServer Redis { get; }

    public static async Task<PlatformServers> StartAsync(CancellationToken cancellationToken = default)
    {
        var dataRoot = NewDataRoot();
        var postgres = LocalPostgresServer.StartAsync(dataRoot, cancellationToken);
        var rabbitMq = LocalRabbitMqServer.StartAsync(dataRoot, cancellationToken);
        var redis = LocalRedisServer.StartAsync(dataRoot, cancellationToken);
        try
        {
            await Task.WhenAll(postgres, rabbitMq, redis);
            return new PlatformServers(dataRoot, postgres.Result, rabbitMq.Result, redis.Result);
        }
        catch
        {
            // Whatever did start must not outlive the failed start.
            foreach (var started in new[] { Started(postgres), Started(rabbitMq), Started(redis) })
            {
                if (started is not null)
                {
                    await started.DisposeAsync();
                }
            }

            DeleteDirectory(dataRoot);
            throw;
        }
    }

    /// <summary>A unique directory under the system temp directory, e.g. /tmp/qingmeng-tests/20250101-120000-1a2b3c4d.</summary>
    public static string NewDataRoot() =>
        Directory.CreateDirectory(Path.Combine(
            Path.GetTempPath(), "qingmeng-tests", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..8]}")).FullName;

    /// <summary>
    /// Configuration entries a service expects from the AppHost (<c>ConnectionStrings:&lt;database&gt;</c>,
    /// <c>ConnectionStrings:eventbus</c>, <c>ConnectionStrings:cache</c>), e.g. for WebApplicationFactory.
    /// Create the database first with <see cref="LocalPostgresServer.CreateDatabaseAsync"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string?> ConnectionStringsFor(string database) => new Dictionary<string, string?>
    {
        [$"ConnectionStrings:{database}"] = Postgres.ConnectionStringFor(database),
        ["ConnectionStrings:eventbus"] = RabbitMq.ConnectionString,
        ["ConnectionStrings:cache"] = Redis.ConnectionString,
    };

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(Postgres.DisposeAsync().AsTask(), RabbitMq.DisposeAsync().AsTask(), Redis.DisposeAsync().AsTask());
        DeleteDirectory(DataRoot);
    }

    private static LocalServer? Started<T>(Task<T> start)
        where T : LocalServer => start.IsCompletedSuccessfully ? start.Result : null;

    private static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
