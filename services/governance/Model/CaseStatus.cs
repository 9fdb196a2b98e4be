namespace Qingmeng.Governance.Model;

/// <summary>Where a case (工单) stands. The full dispatch / sign-for / follow-up states arrive with the governance domain.</summary>
public enum CaseStatus
{
    /// <summary>受理: accepted from a channel, not yet closed.</summary>
    Accepted,

    /// <summary>办结: closed with a resolution.</summary>
    Closed,
}
