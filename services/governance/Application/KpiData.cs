using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Application;

/// <summary>The dispatches a KPI period counts, read from the database: one row per dispatch with its case's outcome.</summary>
public static class KpiData
{
    /// <summary>Dispatches made in <paramref name="from"/>..<paramref name="to"/> (China dates, both included); <paramref name="department"/> "" means every department.</summary>
    public static async Task<List<KpiDispatch>> LoadAsync(GovernanceContext db, DateOnly from, DateOnly to, string department, CancellationToken cancellationToken)
    {
        var start = ChinaTime.StartOfDay(from).ToUniversalTime();
        var end = ChinaTime.StartOfDay(to.AddDays(1)).ToUniversalTime();
        var dispatches = db.CaseDispatches.AsNoTracking().Where(d => d.DispatchedAt >= start && d.DispatchedAt < end);
        if (department.Length > 0)
        {
            dispatches = dispatches.Where(d => d.DepartmentCode == department);
        }
        return await dispatches
            .Join(db.Cases, d => d.CaseId, c => c.Id, (d, c) => new KpiDispatch(
                c.Id, c.Number, d.DepartmentCode, d.DispatchedAt, d.SignForDueAt, d.SignedForAt, d.ReturnedAt,
                c.DuplicateOfCaseId != null, c.CompletionDueAt, c.ClosedAt, c.Satisfied, c.FollowedUpAt))
            .ToListAsync(cancellationToken);
    }
}
