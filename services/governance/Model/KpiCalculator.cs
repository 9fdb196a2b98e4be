namespace Qingmeng.Governance.Model;

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
    // Every (outcome, reason) pair is a constant: classifying allocates nothing, so 100,000 dispatches stay cheap.
    private static readonly KpiClassification Duplicate = new(KpiOutcome.Excluded, "duplicate");
    private static readonly KpiClassification ReturnedInTime = new(KpiOutcome.Excluded, "returned-in-time");
    private static readonly KpiClassification SignedForInTime = new(KpiOutcome.Met, "signed-for-in-time");
    private static readonly KpiClassification SignedForLate = new(KpiOutcome.Missed, "signed-for-late");
    private static readonly KpiClassification ReturnedLate = new(KpiOutcome.Missed, "returned-late");
    private static readonly KpiClassification NotSignedFor = new(KpiOutcome.Missed, "not-signed-for");
    private static readonly KpiClassification SignForNotYetDue = new(KpiOutcome.Excluded, "sign-for-not-yet-due");
    private static readonly KpiClassification Returned = new(KpiOutcome.Excluded, "returned");
    private static readonly KpiClassification Closed = new(KpiOutcome.Met, "closed");
    private static readonly KpiClassification Open = new(KpiOutcome.Missed, "open");
    private static readonly KpiClassification ClosedInTime = new(KpiOutcome.Met, "closed-in-time");
    private static readonly KpiClassification ClosedLate = new(KpiOutcome.Missed, "closed-late");
    private static readonly KpiClassification OpenOverdue = new(KpiOutcome.Missed, "open-overdue");
    private static readonly KpiClassification OpenNotYetDue = new(KpiOutcome.Excluded, "open-not-yet-due");
    private static readonly KpiClassification NotFollowedUp = new(KpiOutcome.Excluded, "not-followed-up");
    private static readonly KpiClassification NotClosed = new(KpiOutcome.Excluded, "not-closed");
    private static readonly KpiClassification Satisfied = new(KpiOutcome.Met, "satisfied");
    private static readonly KpiClassification Unsatisfied = new(KpiOutcome.Missed, "unsatisfied");

    public static KpiClassification Classify(KpiDispatch d, KpiIndicator indicator, DateTimeOffset asOf)
    {
        if (d.IsDuplicate)
        {
            return Duplicate;
        }
        var returned = d.ReturnedAt is { } r && r <= asOf;
        var signedFor = d.SignedForAt is { } s && s <= asOf;
        var closed = !returned && d.ClosedAt is { } c && c <= asOf;
        switch (indicator)
        {
            case KpiIndicator.SignFor:
                if (returned && d.ReturnedAt <= d.SignForDueAt)
                {
                    return ReturnedInTime;
                }
                if (signedFor)
                {
                    return d.SignedForAt <= d.SignForDueAt ? SignedForInTime : SignedForLate;
                }
                return d.SignForDueAt <= asOf || returned ? (returned ? ReturnedLate : NotSignedFor) : SignForNotYetDue;
            case KpiIndicator.Completion:
                if (returned)
                {
                    return Returned;
                }
                return closed ? Closed : Open;
            case KpiIndicator.OnTime:
                if (returned)
                {
                    return Returned;
                }
                if (closed)
                {
                    return d.CompletionDueAt is null || d.ClosedAt <= d.CompletionDueAt ? ClosedInTime : ClosedLate;
                }
                return d.CompletionDueAt is { } due && due <= asOf ? OpenOverdue : OpenNotYetDue;
            default:
                if (!closed || d.Satisfied is null || d.FollowedUpAt is not { } f || f > asOf)
                {
                    return closed ? NotFollowedUp : NotClosed;
                }
                return d.Satisfied.Value ? Satisfied : Unsatisfied;
        }
    }

    /// <summary>Every department's four rates in one pass over the dispatches.</summary>
    public static IReadOnlyList<DepartmentKpis> Compute(IEnumerable<KpiDispatch> dispatches, DateTimeOffset asOf)
    {
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var d in dispatches)
        {
            if (!tallies.TryGetValue(d.DepartmentCode, out var tally))
            {
                tallies[d.DepartmentCode] = tally = new Tally();
            }
            tally.Dispatches++;
            tally.SignFor.Add(Classify(d, KpiIndicator.SignFor, asOf).Outcome);
            tally.Completion.Add(Classify(d, KpiIndicator.Completion, asOf).Outcome);
            tally.OnTime.Add(Classify(d, KpiIndicator.OnTime, asOf).Outcome);
            tally.Satisfaction.Add(Classify(d, KpiIndicator.Satisfaction, asOf).Outcome);
        }
        return [.. tallies.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new DepartmentKpis(
            t.Key, t.Value.Dispatches, t.Value.SignFor.Rate(), t.Value.Completion.Rate(), t.Value.OnTime.Rate(), t.Value.Satisfaction.Rate()))];
    }

    private sealed class Tally
    {
        public int Dispatches;
        public Counts SignFor;
        public Counts Completion;
        public Counts OnTime;
        public Counts Satisfaction;
    }

    private struct Counts
    {
        private int _eligible;
        private int _met;

        public void Add(KpiOutcome outcome)
        {
            _eligible += outcome == KpiOutcome.Excluded ? 0 : 1;
            _met += outcome == KpiOutcome.Met ? 1 : 0;
        }

        public readonly KpiRate Rate() => new(_eligible, _met, _eligible == 0 ? null : Math.Round(100m * _met / _eligible, 2));
    }
}
