using Qingmeng.Infrastructure.LocalServers;

namespace Qingmeng.Testing;

/// <summary>
/// A private RabbitMQ node (Debian package) with its own foreground epmd, so stopping or disposing it
/// leaves no Erlang daemon behind and never touches another node on this machine.
/// </summary>
public sealed class LocalRabbitMqServer : LocalServer
{
    private const string UserName = "guest";

    private readonly RabbitMqNode _node;
    private readonly string _serverScript;
    private readonly string _epmd;

    private LocalRabbitMqServer(string dataRoot, string? rabbitMqBinDirectory, string? epmdPath)
        : base("RabbitMQ", Path.Combine(dataRoot, "rabbitmq"))
    {
        _serverScript = ServerBinaries.RabbitMqServer(rabbitMqBinDirectory);
        _epmd = ServerBinaries.Epmd(epmdPath);
        _node = new RabbitMqNode(DataDirectory, AmqpPort: FreeTcpPort.Pick(), DistributionPort: FreeTcpPort.Pick(), EpmdPort: FreeTcpPort.Pick());
    }

    public int Port => _node.AmqpPort;

    public string Password { get; } = TestSecrets.NewPassword();

    /// <summary><c>amqp://guest:…@127.0.0.1:port</c>, same shape as the AppHost's.</summary>
    public string ConnectionString => $"amqp://{UserName}:{Password}@127.0.0.1:{Port}";

    /// <summary>
    /// Drops the ready messages of these queues (those that exist): what earlier tests sharing this broker published and
    /// never consumed before their hosts stopped, which would otherwise reach the next host of the same service first.
    /// </summary>
    public async Task PurgeQueuesAsync(IEnumerable<string> queues)
    {
        var factory = new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        foreach (var queue in queues)
        {
            // A missing queue closes the channel it was named on: one channel per queue.
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                await channel.QueuePurgeAsync(queue);
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
                // Not declared yet: nothing to drop.
            }
        }
    }

    // Erlang boots slowly on a busy machine (a parallel build, several test runs at once).
    private protected override TimeSpan StartTimeout => TimeSpan.FromSeconds(180);

    /// <param name="dataRoot">Parent directory; the node lives in its <c>rabbitmq</c> subdirectory.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="rabbitMqBinDirectory">Directory with the rabbitmq-server script; defaults to /usr/lib/rabbitmq/bin.</param>
    /// <param name="epmdPath">Erlang's epmd; defaults to the one on PATH.</param>
    public static async Task<LocalRabbitMqServer> StartAsync(
        string dataRoot, CancellationToken cancellationToken = default, string? rabbitMqBinDirectory = null, string? epmdPath = null)
    {
        return await LaunchOrDisposeAsync(new LocalRabbitMqServer(dataRoot, rabbitMqBinDirectory, epmdPath), cancellationToken);
    }

    private protected override IEnumerable<ProcessLaunch> ProcessLaunches()
    {
        yield return new ProcessLaunch(
            "epmd",
            _epmd,
            RabbitMqNode.EpmdArguments(_node.EpmdPort),
            new Dictionary<string, string>(),
            cancellationToken => ServerProbes.EpmdAsync(_node.EpmdPort, cancellationToken));

        yield return new ProcessLaunch(
            "RabbitMQ",
            _serverScript,
            [],
            _node.Environment,
            cancellationToken => ServerProbes.AmqpAsync(ConnectionString, cancellationToken),
            BeforeStart: () => _node.WriteConfiguration(UserName, Password));
    }
}
