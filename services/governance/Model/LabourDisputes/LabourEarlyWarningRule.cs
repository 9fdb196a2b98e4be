using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

/// <summary>
/// 前置预警 as a rule on its own: counts what was filed against one firm inside the window and after its last warning,
/// and names every threshold reached.
/// </summary>
public static class LabourEarlyWarningRule
{
    /// <summary>A LABOUR case against the firm; <paramref name="WageArrears"/> for 欠薪投诉 (LABOUR-02).</summary>
    public sealed record CaseSignal(string CreditCode, DateTimeOffset FiledAt, bool WageArrears);

    /// <summary>An arbitration claim against the firm (not refused).</summary>
    public sealed record ClaimSignal(string CreditCode, DateTimeOffset FiledAt, bool WageArrears, int WorkerCount);

    public sealed record Assessment(string CreditCode, IReadOnlyList<LabourWarningTrigger> Triggers, int WageArrearsCount, int ComplaintCount, int WorkerCount);

    public static Assessment Assess(
        string creditCode, IEnumerable<CaseSignal> cases, IEnumerable<ClaimSignal> claims, DateTimeOffset now, DateTimeOffset? lastWarnedAt,
        LabourWarningThresholds thresholds)
    {
        var since = now - thresholds.Window;
        if (lastWarnedAt is { } warned && warned > since)
        {
            since = warned;
        }
        var firmCases = cases.Where(c => c.CreditCode == creditCode && c.FiledAt > since && c.FiledAt <= now).ToList();
        var firmClaims = claims.Where(c => c.CreditCode == creditCode && c.FiledAt > since && c.FiledAt <= now).ToList();
        var wageArrears = firmCases.Count(c => c.WageArrears) + firmClaims.Count(c => c.WageArrears);
        var complaints = firmCases.Count + firmClaims.Count;
        var workers = firmClaims.Where(c => c.WageArrears).Sum(c => c.WorkerCount);
        var triggers = new List<LabourWarningTrigger>();
        if (wageArrears >= thresholds.WageArrears)
        {
            triggers.Add(LabourWarningTrigger.WageArrears);
        }
        if (complaints >= thresholds.RepeatedComplaints)
        {
            triggers.Add(LabourWarningTrigger.RepeatedComplaints);
        }
        if (workers >= thresholds.GroupWorkers)
        {
            triggers.Add(LabourWarningTrigger.GroupClaim);
        }
        return new Assessment(creditCode, triggers, wageArrears, complaints, workers);
    }
}

/// <summary>The thresholds of the early warning, from <c>Governance</c> options.</summary>
public sealed record LabourWarningThresholds(int WageArrears, int RepeatedComplaints, int GroupWorkers, TimeSpan Window);
