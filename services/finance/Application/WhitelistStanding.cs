using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;

namespace Qingmeng.Finance.Application;

/// <summary>
/// A firm's white-list standing as its financing profile shows it (the fact products check): set when an officer lists
/// the firm, cleared when it leaves the list, by an officer or by the yearly re-evaluation.
/// </summary>
public static class WhitelistStanding
{
    public static async Task SetProfileWhitelistAsync(FinanceContext db, string creditCode, bool onWhitelist, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        profile?.SetWhitelist(onWhitelist, now);
    }
}
