namespace Qingmeng.Governance.Application;

/// <summary>Governance settings, bound from <c>Governance</c>.</summary>
public sealed class GovernanceOptions
{
    public const string SectionName = "Governance";

    /// <summary>How far back an open case on the same matter makes a new one a duplicate.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Who receives escalations (升级督办): the centre's duty leader.</summary>
    public string EscalationRecipient { get; set; } = "centre-duty-leader";
}
