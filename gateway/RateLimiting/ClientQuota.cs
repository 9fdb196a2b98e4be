namespace Qingmeng.Gateway.RateLimiting;

/// <summary>
/// One client's permits that this replica holds for the current window: leased from the shared count in Redis a few
/// at a time (<see cref="IQuotaLeaseStore"/>) and spent here without a round trip. Not thread-safe: callers lock it.
/// </summary>
public sealed class ClientQuota
{
    /// <summary>Permits leased to this replica and not spent yet.</summary>
    public int Leased { get; private set; }

    /// <summary>The shared count after this replica's last lease: every replica's leases in this window.</summary>
    public long Used { get; private set; }

    /// <summary>When the window ends on this replica's clock (from the key's time to live at the last lease).</summary>
    public DateTimeOffset WindowEnd { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>The lease asked for and not answered yet; requests that need it wait for the same answer.</summary>
    internal Task<LeaseOutcome>? PendingLease { get; set; }

    public bool IsExpired(DateTimeOffset now) => now >= WindowEnd;

    /// <summary>Spends one leased permit, if this replica holds one for the current window.</summary>
    public bool TryTake(DateTimeOffset now, int permits, out RateLimitDecision decision)
    {
        if (IsExpired(now))
        {
            // A lease is good for its window only; the next window starts from a new lease.
            Leased = 0;
            Used = 0;
        }
        if (Leased == 0)
        {
            decision = default;
            return false;
        }
        Leased--;
        decision = new RateLimitDecision(true, Math.Max(permits - Used + Leased, 0), WindowEnd - now);
        return true;
    }

    /// <summary>
    /// Whether to lease more before this replica runs out, so that a steady client never waits for Redis: at half a
    /// lease left, while the window still has permits to give. Leases of one permit are never taken ahead (small limits
    /// stay exact across replicas).
    /// </summary>
    public bool ShouldLeaseAhead(DateTimeOffset now, int leaseSize, int permits) =>
        leaseSize > 1 && PendingLease is null && !IsExpired(now) && Leased <= leaseSize / 2 && Used < permits;

    /// <summary>Adds what Redis granted; the window's end moves with the key's time to live.</summary>
    public void Apply(QuotaLease lease, DateTimeOffset now)
    {
        if (IsExpired(now))
        {
            Leased = 0;
        }
        Leased += lease.Granted;
        Used = lease.Used;
        WindowEnd = now + lease.ResetAfter;
    }

    /// <summary>The answer for a request that found no permit here after Redis said the window has none left.</summary>
    public RateLimitDecision Refusal(DateTimeOffset now) =>
        new(false, 0, WindowEnd > now ? WindowEnd - now : TimeSpan.Zero);
}

/// <summary>What one batch answered for one client's lease: the lease, or why Redis could not be asked.</summary>
internal readonly record struct LeaseOutcome(QuotaLease? Lease, string? Unchecked);

public readonly record struct RateLimitDecision(bool Allowed, long Remaining, TimeSpan ResetAfter);
