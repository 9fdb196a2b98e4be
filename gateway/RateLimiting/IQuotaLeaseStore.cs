namespace Qingmeng.Gateway.RateLimiting;

/// <summary>The count every gateway replica shares: leases permits of many clients in one round trip.</summary>
public interface IQuotaLeaseStore
{
    /// <summary>One answer per request, in the same order.</summary>
    Task<IReadOnlyList<QuotaLease>> LeaseAsync(IReadOnlyList<QuotaLeaseRequest> requests);
}

/// <param name="Client">The rate-limit partition (see <see cref="ClientRateLimitMiddleware.ClientKey"/>).</param>
/// <param name="Wanted">Permits this replica would like to hold.</param>
public readonly record struct QuotaLeaseRequest(string Client, int Wanted, int Permits, TimeSpan Window);

/// <param name="Granted">Permits leased to the asking replica (0 when the window has none left).</param>
/// <param name="Used">Permits leased in this window by every replica, this lease included.</param>
/// <param name="ResetAfter">Until the window ends.</param>
public readonly record struct QuotaLease(int Granted, long Used, TimeSpan ResetAfter);
