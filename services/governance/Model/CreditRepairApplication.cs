namespace Qingmeng.Governance.Model;

public enum CreditRepairStatus
{
    /// <summary>Applied for; waiting for the penalising department's decision.</summary>
    Pending,

    /// <summary>Granted by the penalising department: the penalty is repaired and <c>CreditRepaired</c> published.</summary>
    Granted,

    /// <summary>Refused with a reason; the firm may apply again with better evidence.</summary>
    Refused,
}

/// <summary>One document the firm relies on: what it shows (a paid fine, a correction) and its reference.</summary>
public sealed class CreditRepairEvidence
{
    public string Description { get; set; } = "";

    public string Reference { get; set; } = "";
}

/// <summary>
/// A firm's application to repair the credit of one of its penalties (信用修复申请). The firm only asserts and documents;
/// whether the fine was paid and the offence corrected is verified and decided by the penalising department
/// (the penalty's department code), or by an administrator for a penalty an administrator recorded.
/// </summary>
public sealed class CreditRepairApplication : IFirmInDepartment
{
    private CreditRepairApplication()
    {
    }

    public Guid Id { get; private set; }

    public Guid PenaltyId { get; private set; }

    public string PenaltyReference { get; private set; } = "";

    public string CreditCode { get; private set; } = "";

    /// <summary>The penalising department, which decides; null when an administrator recorded the penalty.</summary>
    public string? DepartmentCode { get; private set; }

    public string Commitment { get; private set; } = "";

    public List<CreditRepairEvidence> Evidence { get; private set; } = [];

    public CreditRepairStatus Status { get; private set; }

    public string AppliedBy { get; private set; } = "";

    public DateTimeOffset AppliedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionReason { get; private set; }

    public uint Version { get; private set; }

    public static CreditRepairApplication Apply(
        Penalty penalty, IEnumerable<CreditRepairEvidence> evidence, string commitment, string appliedBy, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            PenaltyId = penalty.Id,
            PenaltyReference = penalty.Reference,
            CreditCode = penalty.CreditCode,
            DepartmentCode = penalty.DepartmentCode,
            Commitment = commitment,
            Evidence = [.. evidence],
            Status = CreditRepairStatus.Pending,
            AppliedBy = appliedBy,
            AppliedAt = now,
        };

    /// <summary>准予修复: repairs the penalty; the caller publishes <c>CreditRepaired</c> in the same transaction.</summary>
    public void Grant(Penalty penalty, DateOnly on, string officer, string reason, DateTimeOffset now)
    {
        EnsurePending();
        penalty.Repair(on, officer, Commitment, now);
        Decide(CreditRepairStatus.Granted, officer, reason, now);
    }

    /// <summary>不予修复 with the reason the firm is told.</summary>
    public void Refuse(string officer, string reason, DateTimeOffset now)
    {
        EnsurePending();
        Decide(CreditRepairStatus.Refused, officer, reason, now);
    }

    private void Decide(CreditRepairStatus status, string officer, string reason, DateTimeOffset now)
    {
        Status = status;
        DecidedBy = officer;
        DecidedAt = now;
        DecisionReason = reason;
    }

    private void EnsurePending()
    {
        if (Status != CreditRepairStatus.Pending)
        {
            throw new CaseRuleException($"信用修复申请已{(Status == CreditRepairStatus.Granted ? "准予" : "驳回")} (the application was already {Status}).", statusCode: 409);
        }
    }
}
