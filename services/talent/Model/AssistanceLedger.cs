namespace Qingmeng.Talent.Model;

/// <summary>
/// What a household has been granted under one measure in one year. Approvals reserve their amount here with a
/// conditional UPDATE (committed + amount ≤ cap) in the approval's transaction, and a check constraint backs it, so
/// concurrent approvals on any replica never take a household past the cap.
/// </summary>
public sealed class AssistanceLedger
{
    public Guid HouseholdId { get; private set; }

    public AssistanceType Type { get; private set; }

    public int Year { get; private set; }

    public decimal Cap { get; private set; }

    public decimal Committed { get; private set; }

    public int Approvals { get; private set; }

    private AssistanceLedger()
    {
    }
}
