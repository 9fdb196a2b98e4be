using System.Collections.Concurrent;
using MassTransit;

namespace Qingmeng.ServiceDefaults.Messaging.ErrorQueues;

/// <summary>The queues this service consumes from, learnt as the bus starts them; only their error queues may be replayed here.</summary>
public sealed class ReceiveEndpointCatalog(string queuePrefix) : IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, byte> _queues = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Queues => [.. _queues.Keys.Order(StringComparer.Ordinal)];

    public bool Owns(string queue) => _queues.ContainsKey(queue);

    public Task Ready(ReceiveEndpointReady ready)
    {
        var queue = ready.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        // The bus's own temporary endpoint is not a consumer queue.
        if (queue is not null && queue.StartsWith(queuePrefix, StringComparison.Ordinal))
        {
            _queues.TryAdd(queue, 0);
        }
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}
