using System.Net.Sockets;
using System.Text;
using Npgsql;
using RabbitMQ.Client;

namespace Qingmeng.Infrastructure.LocalServers;

/// <summary>
/// "Is the server accepting real clients?" checks. A started process is not enough: PostgreSQL
/// replays WAL, RabbitMQ boots for seconds and Redis may still be loading its dataset.
/// Each probe throws when the server is not ready.
/// </summary>
internal static class ServerProbes
{
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Opens an unpooled connection and runs <c>SELECT 1</c>.</summary>
    public static async Task PostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            Timeout = (int)ProbeTimeout.TotalSeconds,
        };
        // Without a database Npgsql would use the user name as the database name.
        builder.Database ??= "postgres";

        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>A full AMQP handshake including authentication, so the default user exists too.</summary>
    public static async Task AmqpAsync(string amqpUri, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(amqpUri),
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = ProbeTimeout,
            HandshakeContinuationTimeout = ProbeTimeout,
        };
        await using var connection = await factory.CreateConnectionAsync("qingmeng-readiness-probe", cancellationToken);
        await connection.CloseAsync(cancellationToken);
    }

    /// <summary>Sends <c>PING</c> and expects <c>+PONG</c> (a loading Redis answers <c>-LOADING</c>).</summary>
    public static async Task RedisAsync(int port, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);

        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);

        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        var reply = Encoding.ASCII.GetString(buffer, 0, read).TrimEnd();
        if (reply != "+PONG")
        {
            throw new InvalidOperationException($"Redis answered '{reply}' to PING.");
        }
    }

    /// <summary>
    /// Asks epmd for its registered names (NAMES_REQ); a bare TCP connect would make epmd log
    /// "got partial packet only" on every probe.
    /// </summary>
    public static async Task EpmdAsync(int port, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);

        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, timeout.Token);
        var stream = client.GetStream();
        byte[] namesRequest = [0, 1, (byte)'n'];
        await stream.WriteAsync(namesRequest, timeout.Token);

        // The reply starts with epmd's own port as a 4-byte big-endian integer.
        var reply = new byte[4];
        await stream.ReadExactlyAsync(reply, timeout.Token);
        if (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(reply) != port)
        {
            throw new InvalidOperationException($"Port {port} is not answered by epmd.");
        }
    }
}
