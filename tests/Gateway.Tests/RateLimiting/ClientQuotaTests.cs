using Qingmeng.Gateway.RateLimiting;

namespace Qingmeng.Gateway.Tests.RateLimiting;

/// <summary>One client's leased permits on one replica.</summary>
public sealed class ClientQuotaTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryTake_without_a_lease_takes_nothing()
    {
        var quota = new ClientQuota();

        Assert.False(quota.TryTake(Now, 100, out _));
    }

    [Fact]
    public void TryTake_spends_the_lease_one_permit_at_a_time_and_counts_down_what_the_window_has_left()
    {
        var quota = new ClientQuota();
        quota.Apply(new QuotaLease(Granted: 3, Used: 43, ResetAfter: TimeSpan.FromSeconds(8)), Now);

        var remaining = new List<long>();
        while (quota.TryTake(Now, 100, out var decision))
        {
            remaining.Add(decision.Remaining);
            Assert.Equal(TimeSpan.FromSeconds(8), decision.ResetAfter);
        }

        Assert.Equal([59, 58, 57], remaining);
    }

    [Fact]
    public void TryTake_after_the_window_ended_drops_the_lease_left_over()
    {
        var quota = new ClientQuota();
        quota.Apply(new QuotaLease(Granted: 10, Used: 10, ResetAfter: TimeSpan.FromSeconds(1)), Now);

        Assert.False(quota.TryTake(Now.AddSeconds(1), 100, out _));
        Assert.Equal(0, quota.Leased);
    }

    [Fact]
    public void ShouldLeaseAhead_at_half_a_lease_left_while_the_window_has_permits()
    {
        var quota = new ClientQuota();
        quota.Apply(new QuotaLease(Granted: 10, Used: 10, ResetAfter: TimeSpan.FromSeconds(10)), Now);

        var before = quota.ShouldLeaseAhead(Now, leaseSize: 10, permits: 100);
        for (var i = 0; i < 5; i++)
        {
            quota.TryTake(Now, 100, out _);
        }

        Assert.False(before);
        Assert.True(quota.ShouldLeaseAhead(Now, leaseSize: 10, permits: 100));
        Assert.False(quota.ShouldLeaseAhead(Now, leaseSize: 10, permits: 10));
        Assert.False(quota.ShouldLeaseAhead(Now, leaseSize: 1, permits: 100));
    }

    [Fact]
    public void Refusal_says_how_long_until_the_window_ends()
    {
        var quota = new ClientQuota();
        quota.Apply(new QuotaLease(Granted: 0, Used: 100, ResetAfter: TimeSpan.FromSeconds(7)), Now);

        var refusal = quota.Refusal(Now.AddSeconds(2));

        Assert.False(refusal.Allowed);
        Assert.Equal(0, refusal.Remaining);
        Assert.Equal(TimeSpan.FromSeconds(5), refusal.ResetAfter);
    }
}
