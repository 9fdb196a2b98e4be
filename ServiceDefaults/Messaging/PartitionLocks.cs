namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>
/// One lock per partition key in this process, shared by every consumer of the service: deliveries about the same
/// firm or case are handled one after another instead of racing on its rows and exhausting their retries, while
/// different keys run in parallel. An entry lives only while someone holds or waits for it.
/// </summary>
internal sealed class PartitionLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async ValueTask<Held> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries[key] = entry;
            }
            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }
        return new Held(this, key, entry);
    }

    /// <summary>Keys someone holds or waits for; for tests.</summary>
    internal int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    private void Leave(string key, Entry entry)
    {
        lock (_gate)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
            }
        }
    }

    internal sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    internal readonly struct Held(PartitionLocks owner, string key, Entry entry) : IDisposable
    {
        public void Dispose()
        {
            entry.Semaphore.Release();
            owner.Leave(key, entry);
        }
    }
}
