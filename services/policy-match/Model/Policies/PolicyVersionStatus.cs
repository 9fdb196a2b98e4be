namespace Qingmeng.PolicyMatch.Model.Policies;

public enum PolicyVersionStatus
{
    /// <summary>Being written; may still change.</summary>
    Draft,
    /// <summary>In force; immutable.</summary>
    Published,
    /// <summary>Replaced by a later published version.</summary>
    Superseded,
    /// <summary>Withdrawn; no longer in force.</summary>
    Retired,
}
