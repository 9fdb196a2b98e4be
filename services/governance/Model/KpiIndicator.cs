namespace Qingmeng.Governance.Model;

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
