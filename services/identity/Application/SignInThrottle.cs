using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Identity.Infrastructure;
using Qingmeng.Identity.Operations;

namespace Qingmeng.Identity.Application;

/// <summary>
/// Slows password guessing without letting anyone lock anyone out. Failures are counted per (account, client), where the
/// client is the caller's address as the trusted proxies report it (and, at the token endpoint, the OAuth client): past
/// the free attempts that client waits 1, 2, 4 … s (capped) before its next try is even checked. Another client — the
/// account's owner — is not affected. A high per-account hourly count only takes away the free attempts of every
/// client, which slows guessing spread over many addresses but never refuses the right password from a fresh client.
/// Counters live in the identity database, so every replica sees the same ones.
/// </summary>
public sealed class SignInThrottle(IdentityContext db, ILookupNormalizer normalizer, IOptions<IdentityServerOptions> options, TimeProvider time)
{
    private static readonly TimeSpan AccountWindow = TimeSpan.FromHours(1);

    private SignInThrottleOptions Settings => options.Value.SignInThrottle;

    /// <summary>The client as seen after the trusted forwarded headers, optionally narrowed by an OAuth client id.</summary>
    public static string ClientOf(IPAddress? remoteAddress, string channel) =>
        $"{remoteAddress?.ToString() ?? "unknown"}|{channel}";

    /// <summary>How long this client must still wait before it may try this user name again; null when it may try now.</summary>
    public async Task<TimeSpan?> WaitBeforeAttemptAsync(string userName, string client, CancellationToken cancellationToken = default)
    {
        var key = PairKey(userName, client);
        var blockedUntil = await db.SignInFailureCounters.AsNoTracking()
            .Where(c => c.Key == key)
            .Select(c => c.BlockedUntil)
            .FirstOrDefaultAsync(cancellationToken);
        var wait = blockedUntil - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>Counts a failure; returns how long this client must now wait, or null when it may try again at once.</summary>
    public async Task<TimeSpan?> RecordFailureAsync(string userName, string client, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var accountKey = AccountKey(userName);
        var pairKey = PairKey(userName, client);

        var accountFailures = await CountAsync(accountKey, now, now - AccountWindow, byWindow: true, cancellationToken);
        var pairFailures = await CountAsync(pairKey, now, now - Settings.ForgetAfter, byWindow: false, cancellationToken);

        // Judged on the failures before this one: the attempt that reaches the cap is still a free one.
        var freeAttempts = accountFailures - 1 >= Settings.AccountFailuresPerHour ? 0 : Settings.FreeAttempts;
        if (pairFailures <= freeAttempts)
        {
            return null;
        }
        var doublings = Math.Min(pairFailures - freeAttempts - 1, 30);
        var delay = TimeSpan.FromTicks(Math.Min(Settings.BaseDelay.Ticks * (1L << doublings), Settings.MaxDelay.Ticks));
        var blockedUntil = now + delay;
        await db.SignInFailureCounters.Where(c => c.Key == pairKey)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.BlockedUntil, blockedUntil), cancellationToken);
        return delay;
    }

    /// <summary>The right password from this client: its counter starts again (the account's hourly count stays).</summary>
    public Task RecordSuccessAsync(string userName, string client, CancellationToken cancellationToken = default)
    {
        var key = PairKey(userName, client);
        return db.SignInFailureCounters.Where(c => c.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Whole seconds for a Retry-After header (at least 1).</summary>
    public static int RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    // One statement, so concurrent failures on two replicas both count.
    private async Task<int> CountAsync(string key, DateTimeOffset now, DateTimeOffset restartBefore, bool byWindow, CancellationToken cancellationToken)
    {
        var rows = byWindow
            ? db.Database.SqlQuery<int>($"""
                INSERT INTO identity.sign_in_failure_counters AS c (key, failures, window_started_at, last_failure_at)
                VALUES ({key}, 1, {now}, {now})
                ON CONFLICT (key) DO UPDATE SET
                    failures = CASE WHEN c.window_started_at <= {restartBefore} THEN 1 ELSE c.failures + 1 END,
                    window_started_at = CASE WHEN c.window_started_at <= {restartBefore} THEN {now} ELSE c.window_started_at END,
                    last_failure_at = {now}
                RETURNING c.failures AS "Value"
                """)
            : db.Database.SqlQuery<int>($"""
                INSERT INTO identity.sign_in_failure_counters AS c (key, failures, window_started_at, last_failure_at)
                VALUES ({key}, 1, {now}, {now})
                ON CONFLICT (key) DO UPDATE SET
                    failures = CASE WHEN c.last_failure_at <= {restartBefore} THEN 1 ELSE c.failures + 1 END,
                    window_started_at = CASE WHEN c.last_failure_at <= {restartBefore} THEN {now} ELSE c.window_started_at END,
                    last_failure_at = {now}
                RETURNING c.failures AS "Value"
                """);
        var counts = new List<int>(1);
        await foreach (var count in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            counts.Add(count);
        }
        return counts.Single();
    }

    // Keyed on the normalized user name, so an unknown name is counted exactly like a known one and answers alike.
    private string AccountKey(string userName) => "account:" + Hash(normalizer.NormalizeName(userName) ?? string.Empty);

    private string PairKey(string userName, string client) => "pair:" + Hash($"{normalizer.NormalizeName(userName)}\n{client}");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
