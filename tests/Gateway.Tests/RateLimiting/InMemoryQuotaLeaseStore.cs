using Qingmeng.Gateway.RateLimiting;

namespace Qingmeng.Gateway.Tests.RateLimiting;

/// <summary>The Redis script's rules in memory: grants at most what the window has left; a window ends with its key.</summary>
internal sealed class InMemoryQuotaLeaseStore(TimeProvider time) : IQuotaLeaseStore
{
    private readonly Dictionary<string, (long Used, DateTimeOffset Expires)> _counts = [];
    private int _batches;

    /// <summary>Round trips so far (one per batch, whatever its size).</summary>
    public int Batches => Volatile.Read(ref _batches);

    /// <summary>When set, every batch fails with this exception instead.</summary>
    public Exception? Failure { get; set; }

    /// <summary>When set, every batch waits for this task before answering.</summary>
    public Task? Stall { get; set; }

    public long UsedBy(string client)
    {
        lock (_counts)
        {
            return _counts.TryGetValue(client, out var count) && count.Expires > time.GetUtcNow() ? count.Used : 0;
        }
    }

    public async Task<IReadOnlyList<QuotaLease>> LeaseAsync(IReadOnlyList<QuotaLeaseRequest> requests)
    {
        Interlocked.Increment(ref _batches);
        if (Stall is { } stall)
        {
            await stall;
        }
        if (Failure is { } failure)
        {
            throw failure;
        }
        lock (_counts)
        {
            var now = time.GetUtcNow();
            var leases = new List<QuotaLease>();
            foreach (var request in requests)
            {
                if (!_counts.TryGetValue(request.Client, out var count) || count.Expires <= now)
                {
                    count = (0, now + request.Window);
                }
                var granted = (int)Math.Max(0, Math.Min(request.Wanted, request.Permits - count.Used));
                count.Used += granted;
                _counts[request.Client] = count;
                leases.Add(new QuotaLease(granted, count.Used, count.Expires - now));
            }
            return leases;
        }
    }
}
