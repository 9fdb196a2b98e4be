using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;

namespace Qingmeng.PolicyMatch.Infrastructure.Consultant;

/// <summary>
/// Fills the consultant's index with the policy versions in force when the service starts (after migrations
/// and the catalogue seed), then checks every <see cref="ConsultantOptions.ResyncInterval"/> that it still
/// holds exactly those versions; publication and retirement events keep it current in between. The platform's
/// guides (办事指南) are indexed beside them from the start.
/// </summary>
public sealed class ConsultantIndexLoader(
    IServiceScopeFactory scopes, PassageIndex index, IOptions<ConsultantOptions> options, ILogger<ConsultantIndexLoader> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        ChineseTokenizer.Warm();
        var documents = await LoadInForceAsync(null, cancellationToken);
        index.Load(documents.Concat(PlatformDocuments.All()));
        ConsultantLog.IndexLoaded(logger, index.PolicyCodes.Count, index.PassageCount);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ResyncInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ResyncAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                ConsultantLog.IndexUpdateFailed(logger, ex, "*", 0);
            }
        }
    }

    /// <summary>Indexes what is in force but missing or outdated, and drops what is no longer in force.</summary>
    public async Task ResyncAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyMatchContext>();
        var inForce = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.Status == PolicyVersionStatus.Published)
            .Join(db.Policies, v => v.PolicyId, p => p.Id, (v, p) => new { p.Code, v.Version })
            .ToDictionaryAsync(x => x.Code, x => x.Version, StringComparer.Ordinal, cancellationToken);
        // Guides and out-of-scope topics are the service's own, not policies: they are never published or retired.
        foreach (var code in index.PolicyCodes.Where(c => !inForce.ContainsKey(c) && !PlatformDocuments.Owns(c)).ToList())
        {
            if (index.VersionOf(code) is { } version && index.Remove(code, version))
            {
                ConsultantLog.PolicyDropped(logger, code, version);
            }
        }
        var stale = inForce.Where(p => index.VersionOf(p.Key) != p.Value).Select(p => p.Key).ToList();
        if (stale.Count > 0)
        {
            foreach (var document in await LoadInForceAsync(stale, cancellationToken))
            {
                index.Upsert(document);
                ConsultantLog.PolicyIndexed(logger, document.PolicyCode, document.Version);
            }
        }
    }

    private async Task<List<PolicyDocument>> LoadInForceAsync(IReadOnlyCollection<string>? codes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyMatchContext>();
        var policies = db.Policies.AsNoTracking();
        if (codes is not null)
        {
            policies = policies.Where(p => codes.Contains(p.Code));
        }
        var rows = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.Status == PolicyVersionStatus.Published)
            .Join(policies, v => v.PolicyId, p => p.Id, (v, p) => new { p.Code, p.Category, Version = v })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => PolicyDocuments.From(r.Code, r.Category, r.Version.Version, r.Version.Terms))];
    }
}
