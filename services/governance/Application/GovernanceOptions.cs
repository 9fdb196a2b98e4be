namespace Qingmeng.Governance.Application;

/// <summary>Governance settings, bound from <c>Governance</c>.</summary>
public sealed class GovernanceOptions
{
    public const string SectionName = "Governance";

    /// <summary>How far back an open case on the same matter makes a new one a duplicate.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Who receives escalations (升级督办): the centre's duty leader.</summary>
    public string EscalationRecipient { get; set; } = "centre-duty-leader";

    /// <summary>群体性欠薪: a wage-arrears claim for at least this many workers is handled as a group of its own.</summary>
    public int LabourGroupWorkerThreshold { get; set; } = 10;

    /// <summary>A wage-arrears claim against a firm with another open one filed within this window joins that claim's group.</summary>
    public TimeSpan LabourGroupWindow { get; set; } = TimeSpan.FromDays(30);
}
