using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Qingmeng.Identity.Infrastructure;
using Qingmeng.Identity.Operations;

namespace Qingmeng.Identity.Jobs;

/// <summary>
/// OpenIddict keeps a row per issued token and authorization; every hour, rows older than the refresh-token lifetime that
/// are expired, redeemed or revoked are deleted, so the table stays the size of the live tokens; so are failed sign-in
/// counters that have long stopped counting.
/// </summary>
internal sealed class TokenPruning(
    IServiceScopeFactory scopes, IOptions<IdentityServerOptions> options, TimeProvider time, ILogger<TokenPruning> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var threshold = time.GetUtcNow() - options.Value.RefreshTokenLifetime;
                var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, stoppingToken);
                var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, stoppingToken);
                IdentityLog.Pruned(logger, tokens, authorizations);

                // Failed sign-in counters nobody has added to for longer than any of them is remembered.
                var throttle = options.Value.SignInThrottle;
                var stale = time.GetUtcNow() - (throttle.ForgetAfter + throttle.MaxDelay + TimeSpan.FromHours(1));
                var counters = await scope.ServiceProvider.GetRequiredService<IdentityContext>().SignInFailureCounters
                    .Where(c => c.LastFailureAt < stale)
                    .ExecuteDeleteAsync(stoppingToken);
                IdentityLog.SignInCountersPruned(logger, counters);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again; a failed prune only leaves rows a little longer.
                IdentityLog.PruningFailed(logger, exception);
            }
        }
    }
}
