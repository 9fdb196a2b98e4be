using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

/// <summary>
/// 群体性欠薪: a wage-arrears claim for at least the threshold of workers leads a group of its own; a wage-arrears claim
/// against a firm that already has an open wage-arrears claim filed within the window joins that claim's group.
/// </summary>
public static class WageArrearsGrouping
{
    public sealed record Earlier(Guid Id, Guid? GroupId, DateTimeOffset FiledAt);

    /// <summary>The group the new claim belongs to (null: none), and the earlier claim that must now lead it, if any.</summary>
    public static (Guid? GroupId, Guid? NewLeader) GroupFor(
        Guid newId, bool wageArrears, int workerCount, DateTimeOffset filedAt, IEnumerable<Earlier> openWageArrearsAgainstSameFirm,
        int groupWorkerThreshold, TimeSpan window)
    {
        if (!wageArrears)
        {
            return (null, null);
        }
        var first = openWageArrearsAgainstSameFirm
            .Where(e => e.Id != newId && e.FiledAt <= filedAt && filedAt - e.FiledAt <= window)
            .OrderBy(e => e.FiledAt).ThenBy(e => e.Id).FirstOrDefault();
        if (first is not null)
        {
            var group = first.GroupId ?? first.Id;
            return (group, first.GroupId is null ? first.Id : null);
        }
        return workerCount >= groupWorkerThreshold ? (newId, null) : (null, null);
    }
}
