namespace Qingmeng.Governance.Application;

/// <summary>One dispatch of a case to a department, with what happened to it: the unit every KPI counts.</summary>
public sealed record KpiDispatch(
    Guid CaseId,
    string CaseNumber,
    string DepartmentCode,
    DateTimeOffset DispatchedAt,
    DateTimeOffset SignForDueAt,
    DateTimeOffset? SignedForAt,
    DateTimeOffset? ReturnedAt,
    bool IsDuplicate,
    DateTimeOffset? CompletionDueAt,
    DateTimeOffset? ClosedAt,
    bool? Satisfied,
    DateTimeOffset? FollowedUpAt);

public enum KpiIndicator
{
    /// <summary>签收率.</summary>
    SignFor,

    /// <summary>办结率.</summary>
    Completion,

    /// <summary>按时办结率.</summary>
    OnTime,

    /// <summary>满意率.</summary>
    Satisfaction,
}

public enum KpiOutcome
{
    Met,
    Missed,
    Excluded,
}

/// <summary>How one dispatch counts for one indicator, and why (for the drill-down).</summary>
public sealed record KpiClassification(KpiOutcome Outcome, string Reason);

public sealed record KpiRate(int Eligible, int Met, decimal? Rate);

public sealed record DepartmentKpis(string DepartmentCode, int Dispatches, KpiRate SignFor, KpiRate Completion, KpiRate OnTime, KpiRate Satisfaction);

/// <summary>
/// KPIs per department, evaluated as of an instant so a past period gives the same figures every time it is asked.
/// Rules and exclusions:
/// <list type="bullet">
/// <item>The unit is a dispatch (派单) to a department in the period; a case re-dispatched after a return counts once per department.</item>
/// <item>Duplicates (cases linked to an earlier case on the same matter) are excluded from every indicator: the first case counts.</item>
/// <item>签收率: signed for by the sign-for deadline ÷ dispatches whose sign-for is decided. Excluded: a return with a coded reason
/// made by the sign-for deadline (a department is not penalised for returning what is not its remit), and a dispatch neither
/// signed for nor due yet as of the evaluation instant. A late return or no action by the deadline is a miss.</item>
/// <item>办结率: closed ÷ dispatches the department kept (not returned). Nothing else is excluded.</item>
/// <item>按时办结率: closed by the completion deadline, as extended by approved extensions ÷ closed cases plus open cases already past
/// their deadline. Excluded: open cases not yet due, and returned dispatches.</item>
/// <item>满意率: satisfied follow-ups ÷ closed cases followed up by the evaluation instant. Excluded: closed cases not (yet) reached for follow-up.</item>
/// <item>Facts after the evaluation instant are ignored (a sign-for, closure or follow-up after it has not happened yet).</item>
/// </list>
/// </summary>
public static class KpiCalculator
{
    public static KpiClassification Classify(KpiDispatch d, KpiIndicator indicator, DateTimeOffset asOf)
    {
        if (d.IsDuplicate)
        {
            return new(KpiOutcome.Excluded, "duplicate");
        }
        var returned = d.ReturnedAt is { } r && r <= asOf;
        var signedFor = d.SignedForAt is { } s && s <= asOf;
        var closed = !returned && d.ClosedAt is { } c && c <= asOf;
        switch (indicator)
        {
            case KpiIndicator.SignFor:
                if (returned && d.ReturnedAt <= d.SignForDueAt)
                {
                    return new(KpiOutcome.Excluded, "returned-in-time");
                }
                if (signedFor)
                {
                    return d.SignedForAt <= d.SignForDueAt ? new(KpiOutcome.Met, "signed-for-in-time") : new(KpiOutcome.Missed, "signed-for-late");
                }
                return d.SignForDueAt <= asOf || returned ? new(KpiOutcome.Missed, returned ? "returned-late" : "not-signed-for") : new(KpiOutcome.Excluded, "sign-for-not-yet-due");
            case KpiIndicator.Completion:
                if (returned)
                {
                    return new(KpiOutcome.Excluded, "returned");
                }
                return closed ? new(KpiOutcome.Met, "closed") : new(KpiOutcome.Missed, "open");
            case KpiIndicator.OnTime:
                if (returned)
                {
                    return new(KpiOutcome.Excluded, "returned");
                }
                if (closed)
                {
                    return d.CompletionDueAt is null || d.ClosedAt <= d.CompletionDueAt ? new(KpiOutcome.Met, "closed-in-time") : new(KpiOutcome.Missed, "closed-late");
                }
                return d.CompletionDueAt is { } due && due <= asOf ? new(KpiOutcome.Missed, "open-overdue") : new(KpiOutcome.Excluded, "open-not-yet-due");
            default:
                if (!closed || d.Satisfied is null || d.FollowedUpAt is not { } f || f > asOf)
                {
                    return new(KpiOutcome.Excluded, closed ? "not-followed-up" : "not-closed");
                }
                return d.Satisfied.Value ? new(KpiOutcome.Met, "satisfied") : new(KpiOutcome.Missed, "unsatisfied");
        }
    }

    public static IReadOnlyList<DepartmentKpis> Compute(IEnumerable<KpiDispatch> dispatches, DateTimeOffset asOf) =>
        [.. dispatches.GroupBy(d => d.DepartmentCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new DepartmentKpis(
            g.Key, g.Count(),
            Rate(g, KpiIndicator.SignFor, asOf), Rate(g, KpiIndicator.Completion, asOf),
            Rate(g, KpiIndicator.OnTime, asOf), Rate(g, KpiIndicator.Satisfaction, asOf)))];

    private static KpiRate Rate(IEnumerable<KpiDispatch> dispatches, KpiIndicator indicator, DateTimeOffset asOf)
    {
        int eligible = 0, met = 0;
        foreach (var d in dispatches)
        {
            var outcome = Classify(d, indicator, asOf).Outcome;
            eligible += outcome == KpiOutcome.Excluded ? 0 : 1;
            met += outcome == KpiOutcome.Met ? 1 : 0;
        }
        return new KpiRate(eligible, met, eligible == 0 ? null : Math.Round(100m * met / eligible, 2));
    }
}
