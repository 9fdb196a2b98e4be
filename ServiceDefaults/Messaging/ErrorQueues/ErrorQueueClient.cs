using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Qingmeng.ServiceDefaults.Messaging.ErrorQueues;

/// <summary>
/// Reads and replays the <c>_error</c> queues MassTransit parks failed messages in. Reading takes messages
/// unacknowledged and closes the channel, which returns them to the queue untouched.
/// </summary>
public sealed class ErrorQueueClient(Uri brokerUri, ILogger<ErrorQueueClient> logger) : IAsyncDisposable
{
    private const string ErrorSuffix = "_error";
    private readonly SemaphoreSlim _connectionGate = new(1, 1);
    private IConnection? _connection;

    public static string ErrorQueueOf(string queue) => queue + ErrorSuffix;

    public async Task<uint> CountAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await OpenChannelAsync(cancellationToken);
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(ErrorQueueOf(queue), cancellationToken);
            return declared.MessageCount;
        }
        catch (OperationInterruptedException)
        {
            // No message ever failed there, so MassTransit has not created the error queue yet.
            return 0;
        }
    }

    public async Task<IReadOnlyList<ParkedMessage>> PeekAsync(string queue, int limit, CancellationToken cancellationToken)
    {
        var parked = new List<ParkedMessage>();
        await using var channel = await OpenChannelAsync(cancellationToken);
        await foreach (var delivery in TakeAsync(channel, ErrorQueueOf(queue), limit, cancellationToken))
        {
            parked.Add(Describe(delivery));
        }
        await channel.CloseAsync(cancellationToken);
        return parked;
    }

    /// <summary>Moves parked messages back to their queue: one by message id, or all when <paramref name="messageId"/> is null.</summary>
    public async Task<int> ReplayAsync(string queue, string? messageId, CancellationToken cancellationToken)
    {
        var errorQueue = ErrorQueueOf(queue);
        var replayed = 0;
        await using var channel = await OpenChannelAsync(cancellationToken);
        var available = await CountAsync(queue, cancellationToken);
        await foreach (var delivery in TakeAsync(channel, errorQueue, (int)Math.Min(available, int.MaxValue), cancellationToken))
        {
            if (messageId is not null && delivery.BasicProperties.MessageId != messageId)
            {
                continue;
            }

            // Publish with confirmation first, acknowledge after: a crash in between duplicates, never loses.
            await channel.BasicPublishAsync(
                exchange: "", routingKey: queue, mandatory: true,
                basicProperties: WithoutFaultHeaders(delivery.BasicProperties), body: delivery.Body, cancellationToken);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
            replayed++;
            if (messageId is not null)
            {
                break;
            }
        }
        await channel.CloseAsync(cancellationToken);
        MessagingLog.Replayed(logger, replayed, errorQueue, queue);
        return replayed;
    }

    private static async IAsyncEnumerable<BasicGetResult> TakeAsync(
        IChannel channel, string errorQueue, int limit,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var taken = 0; taken < limit; taken++)
        {
            BasicGetResult? delivery;
            try
            {
                delivery = await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken);
            }
            catch (OperationInterruptedException)
            {
                yield break;
            }
            if (delivery is null)
            {
                yield break;
            }
            yield return delivery;
        }
    }

    private static BasicProperties WithoutFaultHeaders(IReadOnlyBasicProperties original)
    {
        var copy = new BasicProperties(original);
        if (copy.Headers is { } headers)
        {
            copy.Headers = headers
                .Where(h => !h.Key.StartsWith("MT-Fault", StringComparison.Ordinal) && h.Key != "MT-Reason")
                .ToDictionary(h => h.Key, h => h.Value);
        }
        return copy;
    }

    private static ParkedMessage Describe(BasicGetResult delivery)
    {
        var headers = delivery.BasicProperties.Headers;
        string? Header(string name) => headers is not null && headers.TryGetValue(name, out var value)
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), null => null, _ => value.ToString() }
            : null;

        JsonElement? message = null;
        string? messageType = Header("MT-Fault-MessageType");
        try
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            if (envelope.RootElement.TryGetProperty("message", out var inner))
            {
                message = inner.Clone();
            }
            if (messageType is null && envelope.RootElement.TryGetProperty("messageType", out var types) &&
                types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0)
            {
                messageType = types[0].GetString();
            }
        }
        catch (JsonException)
        {
            // A body that is not a MassTransit envelope is still listed, just without its content.
        }

        return new ParkedMessage(
            delivery.BasicProperties.MessageId,
            messageType,
            Header("MT-Fault-ExceptionType"),
            Header("MT-Fault-Message"),
            DateTimeOffset.TryParse(Header("MT-Fault-Timestamp"), out var at) ? at : null,
            message);
    }

    private async Task<IChannel> OpenChannelAsync(CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(cancellationToken);
        return await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_connection is { IsOpen: true } open)
        {
            return open;
        }

        await _connectionGate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is { IsOpen: true } reopened)
            {
                return reopened;
            }
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }
            var factory = new ConnectionFactory { Uri = brokerUri, ClientProvidedName = "error-queue-operator" };
            _connection = await factory.CreateConnectionAsync(cancellationToken);
            return _connection;
        }
        finally
        {
            _connectionGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        _connectionGate.Dispose();
    }
}
