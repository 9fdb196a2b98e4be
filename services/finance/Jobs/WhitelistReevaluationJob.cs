using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Qingmeng.Finance.Jobs;

/// <summary>
/// 年度复评: a year after listing, a firm is rescored on its current profile; it stays for another year or leaves
/// the list (WhitelistChanged). Each entry is saved with its event, so a repeated round has nothing left to do.
/// </summary>
public sealed class WhitelistReevaluationJob(
    FinanceContext db,
    TimeProvider time,
    IOptions<FinanceOptions> options,
    ILogger<WhitelistReevaluationJob> logger) : IScheduledJob
{
    private const int BatchSize = 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = ChinaTime.ToChinaDate(now);
        var due = await db.Whitelist.Where(w => w.Status == WhitelistStatus.Listed && w.NextReviewOn <= today)
            .OrderBy(w => w.NextReviewOn).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var entry in due)
        {
            if (await WhitelistReevaluation.ReevaluateAsync(db, entry, options.Value.WhitelistThreshold, today, now, cancellationToken))
            {
                FinanceLog.Reevaluated(logger, entry.Id, entry.Score, entry.Status == WhitelistStatus.Listed);
            }
        }
    }
}
