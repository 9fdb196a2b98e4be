using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Finance.Application;

/// <summary>
/// 年度复评 of one listed firm: rescored on its current profile, it stays for another year or leaves the list
/// (WhitelistChanged), saved with its event and audit entry.
/// </summary>
public static class WhitelistReevaluation
{
    /// <summary>False when the firm has no profile to score (the entry waits for the next round).</summary>
    public static async Task<bool> ReevaluateAsync(
        FinanceContext db, WhitelistEntry entry, decimal threshold, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == entry.CreditCode, cancellationToken);
        if (profile is null)
        {
            return false;
        }
        var changed = entry.Reevaluate(WhitelistScoring.Score(profile), threshold, today, now);
        if (changed is not null)
        {
            db.AddIntegrationEvent(changed, aggregateKey: entry.CreditCode);
            await WhitelistStanding.SetProfileWhitelistAsync(db, entry.CreditCode, false, now, cancellationToken);
        }
        db.AddAudit(SchedulerActor.Scheduler, changed is null ? "whitelist.renewed" : "whitelist.removed", "whitelist-entry", entry.Id.ToString(), now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
