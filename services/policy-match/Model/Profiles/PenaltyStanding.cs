namespace Qingmeng.PolicyMatch.Model.Profiles;

/// <summary>
/// One administrative penalty as governance reported it: recorded, repaired, or both. Kept per reference so the
/// open-penalty count comes out the same whichever of <c>PenaltyRecorded</c> and <c>CreditRepaired</c> arrives
/// first: a repair that arrives before its penalty is remembered, and the penalty then never counts.
/// </summary>
public sealed class PenaltyStanding
{
    public string CreditCode { get; private set; } = "";

    public string PenaltyReference { get; private set; } = "";

    /// <summary>When governance recorded the penalty (the event's time), once it is known here.</summary>
    public DateTimeOffset? RecordedAt { get; private set; }

    /// <summary>When the repair was granted (the event's time), once it is known here.</summary>
    public DateTimeOffset? RepairedAt { get; private set; }

    public bool IsOpen => RecordedAt is not null && RepairedAt is null;

    private PenaltyStanding()
    {
    }

    public static PenaltyStanding For(string creditCode, string penaltyReference) =>
        new() { CreditCode = creditCode, PenaltyReference = penaltyReference };

    /// <summary>Records the penalty; true when it newly counts as open (not known before, not repaired already).</summary>
    public bool Record(DateTimeOffset at)
    {
        if (RecordedAt is not null)
        {
            return false;
        }
        RecordedAt = at;
        return RepairedAt is null;
    }

    /// <summary>Records the repair; true when it closes a penalty that was counted as open.</summary>
    public bool Repair(DateTimeOffset at)
    {
        if (RepairedAt is not null)
        {
            return false;
        }
        RepairedAt = at;
        return RecordedAt is not null;
    }
}
