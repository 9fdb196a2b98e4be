using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Jobs;

/// <summary>
/// Computes the current month's KPIs for every department with the same rules as <c>GET /api/governance/kpis</c>
/// (default every 5 minutes, <c>Scheduling:Jobs:KpiSnapshotJob:Interval</c>) and hands them to
/// <see cref="GovernanceMetrics"/>, whose gauges report that snapshot on every scrape.
/// </summary>
public sealed class KpiSnapshotJob(GovernanceContext db, TimeProvider time, GovernanceMetrics metrics) : IScheduledJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = ChinaTime.ToChinaDate(now);
        var from = new DateOnly(today.Year, today.Month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var dispatches = await KpiData.LoadAsync(db, from, to, "", cancellationToken);
        metrics.PublishKpis(new KpiSnapshot(from, to, now, KpiCalculator.Compute(dispatches, now)));
    }
}
